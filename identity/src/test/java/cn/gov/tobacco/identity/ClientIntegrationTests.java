package cn.gov.tobacco.identity;

import java.net.URI;
import java.net.http.HttpResponse;

import cn.gov.tobacco.testing.OidcLogin;
import cn.gov.tobacco.testing.OidcLoginException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IdentityIntegrationTest
class ClientIntegrationTests {

	static final String GATEWAY_REDIRECT = "http://localhost:8080/login/oauth2/code/identity";

	@LocalServerPort
	int port;

	URI issuer;

	OidcLogin oidc;

	@BeforeEach
	void issuer() {
		this.issuer = URI.create("http://localhost:" + this.port);
		this.oidc = OidcLogin.forIssuer(this.issuer);
	}

	@Test
	void serviceClientGetsAServiceToken() {
		JsonNode claims = OidcLogin.claims(this.oidc.clientCredentials("licensing-service", "licensing-local-secret"));

		assertThat(claims.path("sub").stringValue()).isEqualTo("licensing-service");
		assertThat(claims.path("iss").stringValue()).isEqualTo(this.issuer.toString());
		assertThat(claims.path("roles").valueStream().map(JsonNode::stringValue)).containsExactly("SERVICE");
		assertThat(claims.path("scope").toString()).contains("internal");
		assertThat(claims.has("jurisdiction")).isFalse();
	}

	@Test
	void complaintsServiceClientIsRegisteredToo() {
		JsonNode claims = OidcLogin
			.claims(this.oidc.clientCredentials("complaints-hotline", "complaints-local-secret"));

		assertThat(claims.path("sub").stringValue()).isEqualTo("complaints-hotline");
	}

	@Test
	void serviceClientWithAWrongSecretIsRejected() {
		assertThatExceptionOfType(OidcLoginException.class)
			.isThrownBy(() -> this.oidc.clientCredentials("licensing-service", "wrong-secret"))
			.withMessageContaining("invalid_client");
	}

	@Test
	void gatewayAuthorizationRequestWithoutPkceIsRejected() {
		HttpResponse<String> response = Http.getPage(authorize("gateway", GATEWAY_REDIRECT, ""));

		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(GATEWAY_REDIRECT).contains("error=invalid_request");
	}

	@Test
	void gatewayAuthorizationRequestWithPkceGoesToTheLoginPage() {
		HttpResponse<String> response = Http.getPage(authorize("gateway", GATEWAY_REDIRECT,
				"&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void unregisteredRedirectUriIsRefusedWithoutRedirecting() {
		HttpResponse<String> response = Http.getPage(authorize("platform-cli", "http://evil.example/callback",
				"&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"));

		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void loginPageIsBilingualAndKeepsTheStandardFormFields() {
		HttpResponse<String> response = Http.get(this.issuer.resolve("/login"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("登录", "Sign in", "name=\"username\"", "name=\"password\"",
				"name=\"_csrf\"");
	}

	private URI authorize(String clientId, String redirectUri, String extra) {
		return this.issuer.resolve("/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri="
				+ redirectUri + "&scope=openid&state=xyz" + extra);
	}

}
