package cn.gov.tobacco.identity.client;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import cn.gov.tobacco.identity.client.ClientsProperties.Client;
import cn.gov.tobacco.identity.client.ClientsProperties.ClientKind;
import cn.gov.tobacco.identity.client.ClientsProperties.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RegisteredClientFactoryTests {

	private final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final RegisteredClientFactory factory = new RegisteredClientFactory(
			new Tokens(Duration.ofMinutes(15), Duration.ofHours(8)), this.passwordEncoder);

	@Test
	void confidentialClientRequiresPkceSkipsConsentAndStoresAHashedSecret() {
		RegisteredClient client = this.factory.create("gateway", gateway("s3cret"), null);

		assertThat(client.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(client.getClientSettings().isRequireAuthorizationConsent()).isFalse();
		assertThat(client.getClientSecret()).startsWith("{bcrypt}");
		assertThat(this.passwordEncoder.matches("s3cret", client.getClientSecret())).isTrue();
		assertThat(client.getAuthorizationGrantTypes())
			.containsExactlyInAnyOrder(AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
		assertThat(client.getRedirectUris()).containsExactly("http://localhost:8080/login/oauth2/code/identity");
		assertThat(client.getPostLogoutRedirectUris()).containsExactly("http://localhost:8080/");
	}

	@Test
	void tokensLastFifteenMinutesAndRefreshTokensEightHoursAndRotate() {
		RegisteredClient client = this.factory.create("gateway", gateway("s3cret"), null);

		assertThat(client.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(15));
		assertThat(client.getTokenSettings().getRefreshTokenTimeToLive()).isEqualTo(Duration.ofHours(8));
		assertThat(client.getTokenSettings().isReuseRefreshTokens()).isFalse();
	}

	@Test
	void publicClientHasNoSecretAndAuthenticatesWithNone() {
		RegisteredClient client = this.factory.create("platform-cli", new Client(ClientKind.PUBLIC, null, null,
				List.of("http://127.0.0.1:8765/callback"), null, Set.of("openid")), null);

		assertThat(client.getClientSecret()).isNull();
		assertThat(client.getClientAuthenticationMethods()).containsExactly(ClientAuthenticationMethod.NONE);
		assertThat(client.getClientSettings().isRequireProofKey()).isTrue();
	}

	@Test
	void serviceClientUsesClientCredentialsOnly() {
		RegisteredClient client = this.factory.create("licensing-service",
				new Client(ClientKind.SERVICE, null, "secret", null, null, Set.of("internal")), null);

		assertThat(client.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
		assertThat(client.getScopes()).containsExactly("internal");
		assertThat(client.getClientName()).isEqualTo("licensing-service");
	}

	@Test
	void reRegistrationKeepsTheIdAndAStillMatchingSecretHash() {
		RegisteredClient first = this.factory.create("gateway", gateway("s3cret"), null);

		RegisteredClient again = this.factory.create("gateway", gateway("s3cret"), first);
		RegisteredClient changed = this.factory.create("gateway", gateway("new-secret"), first);

		assertThat(again.getId()).isEqualTo(first.getId());
		assertThat(again.getClientSecret()).isEqualTo(first.getClientSecret());
		assertThat(this.passwordEncoder.matches("new-secret", changed.getClientSecret())).isTrue();
	}

	@Test
	void confidentialClientWithoutSecretIsAConfigurationError() {
		assertThatIllegalStateException().isThrownBy(() -> this.factory.create("gateway", gateway(""), null))
			.withMessageContaining("identity.clients.gateway.secret");
	}

	private static Client gateway(String secret) {
		return new Client(ClientKind.CONFIDENTIAL, "Gateway", secret,
				List.of("http://localhost:8080/login/oauth2/code/identity"), List.of("http://localhost:8080/"),
				Set.of("openid", "profile"));
	}

}
