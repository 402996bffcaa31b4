package cn.gov.tobacco.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityPropertiesTests {

	@Test
	void endpointsDefaultToSpringAuthorizationServerPathsUnderTheIssuer() {
		IdentityProperties identity = new IdentityProperties(URI.create("https://id.example.gov.cn/"), "identity",
				"gateway", "secret", null, "{baseUrl}/login/oauth2/code/{registrationId}", "{baseUrl}/", null, null,
				null, null, null, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(60),
				"tobacco-platform-api", List.of("at+jwt"));

		assertThat(identity.authorizationUri()).hasToString("https://id.example.gov.cn/oauth2/authorize");
		assertThat(identity.tokenUri()).hasToString("https://id.example.gov.cn/oauth2/token");
		assertThat(identity.jwkSetUri()).hasToString("https://id.example.gov.cn/oauth2/jwks");
		assertThat(identity.userInfoUri()).hasToString("https://id.example.gov.cn/userinfo");
		assertThat(identity.endSessionUri()).hasToString("https://id.example.gov.cn/connect/logout");
		assertThat(identity.scopes()).containsExactly("openid", "profile");
	}

	@Test
	void configuredEndpointsWin() {
		URI keycloakAuth = URI.create("https://sso.example.gov.cn/realms/tobacco/protocol/openid-connect/auth");
		IdentityProperties identity = new IdentityProperties(URI.create("https://sso.example.gov.cn/realms/tobacco"),
				"identity", "gateway", "secret", null, "{baseUrl}/cb", "{baseUrl}/", keycloakAuth, null, null, null,
				null, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(60), "tobacco-platform-api",
				List.of("at+jwt"));

		assertThat(identity.authorizationUri()).isEqualTo(keycloakAuth);
	}

}
