package cn.gov.tobacco.identity.client;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PublicClientRefreshTokenAuthenticationTests {

	private final PublicClientRefreshTokenAuthenticationConverter converter = new PublicClientRefreshTokenAuthenticationConverter();

	private final PublicClientRefreshTokenAuthenticationProvider provider = new PublicClientRefreshTokenAuthenticationProvider(
			new InMemoryRegisteredClientRepository(publicClient(), confidentialClient()));

	@Test
	void refreshRequestWithOnlyAClientIdIsReadAsAPublicClient() {
		Authentication authentication = this.converter.convert(refreshRequest("platform-cli"));

		assertThat(authentication).isInstanceOfSatisfying(OAuth2ClientAuthenticationToken.class, (token) -> {
			assertThat(token.getPrincipal()).isEqualTo("platform-cli");
			assertThat(token.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.NONE);
		});
	}

	@Test
	void requestsWithASecretOrAnotherGrantAreLeftToTheOtherConverters() {
		MockHttpServletRequest withSecret = refreshRequest("gateway");
		withSecret.addParameter("client_secret", "secret");
		MockHttpServletRequest codeGrant = refreshRequest("platform-cli");
		codeGrant.setParameter("grant_type", "authorization_code");

		assertThat(this.converter.convert(withSecret)).isNull();
		assertThat(this.converter.convert(codeGrant)).isNull();
	}

	@Test
	void publicClientRegisteredForRefreshIsAuthenticated() {
		Authentication result = this.provider.authenticate(this.converter.convert(refreshRequest("platform-cli")));

		assertThat(result.isAuthenticated()).isTrue();
		assertThat(((OAuth2ClientAuthenticationToken) result).getRegisteredClient().getClientId())
			.isEqualTo("platform-cli");
	}

	@Test
	void confidentialClientCannotSkipItsSecret() {
		Authentication attempt = this.converter.convert(refreshRequest("gateway"));

		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.provider.authenticate(attempt))
			.satisfies((ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo("invalid_client"));
	}

	@Test
	void codeGrantOfAPublicClientIsLeftToPkce() {
		OAuth2ClientAuthenticationToken pkce = new OAuth2ClientAuthenticationToken("platform-cli",
				ClientAuthenticationMethod.NONE, null, Map.of("grant_type", "authorization_code"));

		assertThat(this.provider.authenticate(pkce)).isNull();
	}

	private static MockHttpServletRequest refreshRequest(String clientId) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/oauth2/token");
		request.addParameter("grant_type", "refresh_token");
		request.addParameter("refresh_token", "abc");
		request.addParameter("client_id", clientId);
		return request;
	}

	private static RegisteredClient publicClient() {
		return RegisteredClient.withId("1")
			.clientId("platform-cli")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri("http://127.0.0.1:8765/callback")
			.build();
	}

	private static RegisteredClient confidentialClient() {
		return RegisteredClient.withId("2")
			.clientId("gateway")
			.clientSecret("{noop}secret")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri("http://localhost:8080/login/oauth2/code/identity")
			.build();
	}

}
