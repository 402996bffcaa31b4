package cn.gov.tobacco.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import cn.gov.tobacco.testing.OidcLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's flow: authorization code with PKCE and its secret, then RP-initiated
 * logout back to the portal.
 */
@IdentityIntegrationTest
class GatewayLoginAndLogoutIntegrationTests {

	static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/identity";

	@LocalServerPort
	int port;

	URI issuer;

	Browser browser;

	@BeforeEach
	void issuer() {
		this.issuer = URI.create("http://localhost:" + this.port);
		this.browser = new Browser();
	}

	@Test
	void gatewaySignsInWithPkceAndItsSecretThenLogsOutToThePortal() throws Exception {
		String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
		URI authorize = this.issuer.resolve("/oauth2/authorize?" + Browser.encode(Map.of("response_type", "code",
				"client_id", "gateway", "redirect_uri", REDIRECT_URI, "scope", "openid profile", "state", "s1",
				"code_challenge", challenge(verifier), "code_challenge_method", "S256")));

		URI loginPage = Browser.location(authorize, this.browser.get(authorize));
		URI afterLogin = this.browser.signIn(loginPage, "approver", DemoPassword.get());
		URI callback = Browser.location(afterLogin, this.browser.get(afterLogin));
		assertThat(callback.toString()).startsWith(REDIRECT_URI).contains("state=s1");
		String code = callback.getQuery().replaceAll(".*code=([^&]+).*", "$1");

		HttpResponse<String> token = this.browser.post(this.issuer.resolve("/oauth2/token"),
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI, "code_verifier",
						verifier),
				"Basic " + Base64.getEncoder()
					.encodeToString("gateway:gateway-local-secret".getBytes(StandardCharsets.UTF_8)));
		assertThat(token.statusCode()).isEqualTo(200);
		JsonNode tokens = Http.json(token);
		assertThat(tokens.path("refresh_token").stringValue()).isNotBlank();
		JsonNode access = OidcLogin.claims(tokens.path("access_token").stringValue());
		assertThat(access.path("roles").get(0).stringValue()).isEqualTo("APPROVER");
		assertThat(access.path("jurisdiction").stringValue()).isEqualTo("330100");

		URI logout = this.issuer
			.resolve("/connect/logout?" + Browser.encode(Map.of("id_token_hint", tokens.path("id_token").stringValue(),
					"post_logout_redirect_uri", "http://localhost:8080/", "state", "bye")));
		HttpResponse<String> loggedOut = this.browser.get(logout);
		assertThat(loggedOut.statusCode()).isEqualTo(302);
		assertThat(loggedOut.headers().firstValue("Location")).hasValue("http://localhost:8080/?state=bye");

		URI again = Browser.location(authorize, this.browser.get(authorize));
		assertThat(again.getPath()).as("the issuer session has ended").isEqualTo("/login");
	}

	private static String challenge(String verifier) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

}
