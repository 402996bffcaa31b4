package cn.gov.tobacco.gateway.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SpaFallbackWebFilterTests {

	private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

	private final SpaFallbackWebFilter filter = new SpaFallbackWebFilter(
			new FrontendProperties(true, List.of("/api/", "/actuator", "/oauth2/", "/login", "/logout")));

	@Test
	void browserNavigationsToFrontendRoutesGetTheIndex() {
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/verify/ZJ3301060001").header("Accept", HTML))).isTrue();
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/").header("Accept", HTML))).isTrue();
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/console/queue").header("Accept", HTML))).isTrue();
	}

	@Test
	void aRouteParameterWithADotIsStillARoute() {
		// an account name as the credit profile's subject, opened by a reload or a
		// bookmark
		assertThat(isFrontendRoute(
				MockServerHttpRequest.get("/console/credit-profiles/retailer.xihu").header("Accept", HTML)))
			.isTrue();
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/favicon.svg").header("Accept", HTML))).isFalse();
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/assets/vant-icon-Bph1.woff2").header("Accept", HTML)))
			.isFalse();
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/robots.txt").header("Accept", HTML))).isFalse();
	}

	@Test
	void apiLoginAndFilesAreNeverRewritten() {
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/api/licensing/x").header("Accept", HTML))).isFalse();
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/oauth2/authorization/identity").header("Accept", HTML)))
			.isFalse();
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/login/oauth2/code/identity").header("Accept", HTML)))
			.isFalse();
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/assets/index-3f2a.js").header("Accept", HTML)))
			.isFalse();
	}

	@Test
	void onlyHtmlGetsAreRewritten() {
		assertThat(isFrontendRoute(MockServerHttpRequest.get("/verify/ZJ1").header("Accept", "application/json")))
			.isFalse();
		assertThat(isFrontendRoute(MockServerHttpRequest.post("/verify/ZJ1").header("Accept", HTML))).isFalse();
	}

	private boolean isFrontendRoute(MockServerHttpRequest.BaseBuilder<?> request) {
		return this.filter.isFrontendRoute(request.build());
	}

}
