package cn.gov.tobacco.gateway.security;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookieCsrfMatcherTests {

	private final SessionCookieCsrfMatcher matcher = new SessionCookieCsrfMatcher(new CookieWebSessionIdResolver());

	private final HttpCookie session = new HttpCookie("SESSION", "4b1c0d5e");

	@Test
	void unsafeRequestWithTheSessionCookieNeedsTheToken() {
		assertThat(requiresCsrf(MockServerHttpRequest.post("/api/licensing/applications").cookie(this.session)))
			.isTrue();
		assertThat(requiresCsrf(MockServerHttpRequest.delete("/api/licensing/x").cookie(this.session))).isTrue();
		assertThat(requiresCsrf(MockServerHttpRequest.post("/logout").cookie(this.session))).isTrue();
	}

	@Test
	void safeMethodsNeverNeedIt() {
		assertThat(requiresCsrf(MockServerHttpRequest.get("/api/me").cookie(this.session))).isFalse();
		assertThat(requiresCsrf(MockServerHttpRequest.head("/api/me").cookie(this.session))).isFalse();
	}

	@Test
	void anonymousRequestsWithoutTheSessionCookieAreExempt() {
		assertThat(requiresCsrf(MockServerHttpRequest.post("/api/complaints/public/reports"))).isFalse();
		assertThat(requiresCsrf(
				MockServerHttpRequest.post("/api/complaints/public/reports").cookie(new HttpCookie("other", "x"))))
			.isFalse();
	}

	@Test
	void bearerRequestsAreExemptEvenWithACookie() {
		assertThat(requiresCsrf(MockServerHttpRequest.post("/api/licensing/applications")
			.header("Authorization", "Bearer eyJ")
			.cookie(this.session))).isFalse();
	}

	@Test
	void otherAuthorizationHeadersDoNotExemptASessionRequest() {
		for (String value : new String[] { "Basic eDp5", "", "Bearer", "Bearer ", "Bearer a b", "Token abc",
				"Negotiate abc" }) {
			assertThat(requiresCsrf(MockServerHttpRequest.post("/api/licensing/applications")
				.header("Authorization", value)
				.cookie(this.session))).as("Authorization: %s", value).isTrue();
		}
		assertThat(requiresCsrf(MockServerHttpRequest.post("/api/licensing/applications")
			.header("Authorization", "Bearer eyJ", "Basic eDp5")
			.cookie(this.session))).as("two Authorization headers").isTrue();
	}

	private boolean requiresCsrf(MockServerHttpRequest.BaseBuilder<?> request) {
		return this.matcher.matches(MockServerWebExchange.from(request)).block().isMatch();
	}

}
