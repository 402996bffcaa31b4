package cn.gov.tobacco.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees of the issuer besides the sign-in form: the platform's bilingual
 * error pages (never Whitelabel, never an exception, host or port), a SameSite session
 * cookie, and its own message when sign-in is throttled.
 */
@IdentityIntegrationTest
class IssuerPagesIntegrationTests {

	@LocalServerPort
	int port;

	URI issuer;

	@BeforeEach
	void issuer() {
		this.issuer = URI.create("http://localhost:" + this.port);
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		HttpResponse<String> page = new Browser().get(this.issuer.resolve("/login"));

		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void aRefusedFormPostShowsThePlatformsErrorPage() {
		HttpResponse<String> refused = new Browser().post(this.issuer.resolve("/login"),
				Map.of("username", "clerk.xihu", "password", "x"), null);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertPlatformPage(refused, "无权访问");
	}

	@Test
	void aBadAuthorizationRequestShowsThePlatformsErrorPage() {
		HttpResponse<String> bad = new Browser()
			.get(this.issuer.resolve("/oauth2/authorize?response_type=code&client_id=no-such-client"));

		assertThat(bad.statusCode()).isEqualTo(400);
		assertPlatformPage(bad, "请求无效");
	}

	@Test
	void theThrottledSignInHasItsOwnMessage() {
		HttpResponse<String> page = new Browser().get(this.issuer.resolve("/login?locked"));

		assertThat(page.body()).contains("登录失败次数过多").contains("Too many failed sign-ins");
	}

	private void assertPlatformPage(HttpResponse<String> response, String title) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("烟草专卖政务服务平台")
			.contains(title)
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception")
			.doesNotContain("localhost")
			.doesNotContain(String.valueOf(this.port))
			.doesNotContainIgnoringCase("tomcat");
	}

}
