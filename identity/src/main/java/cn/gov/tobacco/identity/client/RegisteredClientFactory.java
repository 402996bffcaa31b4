package cn.gov.tobacco.identity.client;

import java.util.UUID;

import cn.gov.tobacco.identity.client.ClientsProperties.Client;
import cn.gov.tobacco.identity.client.ClientsProperties.ClientKind;
import cn.gov.tobacco.identity.client.ClientsProperties.Tokens;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.StringUtils;

/**
 * Turns a configured {@link Client} into a {@link RegisteredClient}, keeping the id and
 * the secret hash of an earlier registration when they are still right.
 */
class RegisteredClientFactory {

	private final Tokens tokens;

	private final PasswordEncoder passwordEncoder;

	RegisteredClientFactory(Tokens tokens, PasswordEncoder passwordEncoder) {
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
	}

	RegisteredClient create(String clientId, Client client, @Nullable RegisteredClient existing) {
		RegisteredClient.Builder builder = RegisteredClient
			.withId((existing != null) ? existing.getId() : UUID.randomUUID().toString())
			.clientId(clientId)
			.clientName(StringUtils.hasText(client.name()) ? client.name() : clientId)
			.clientIdIssuedAt((existing != null) ? existing.getClientIdIssuedAt() : null)
			.scopes((scopes) -> scopes.addAll(client.scopes()))
			.redirectUris((uris) -> uris.addAll(client.redirectUris()))
			.postLogoutRedirectUris((uris) -> uris.addAll(client.postLogoutRedirectUris()))
			.tokenSettings(tokenSettings());
		switch (client.kind()) {
			case CONFIDENTIAL -> builder.clientSecret(secretHash(clientId, client, existing))
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
				.clientSettings(browserClientSettings());
			case PUBLIC -> builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
				.clientSettings(browserClientSettings());
			case SERVICE -> builder.clientSecret(secretHash(clientId, client, existing))
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build());
		}
		return builder.build();
	}

	private String secretHash(String clientId, Client client, @Nullable RegisteredClient existing) {
		String secret = client.secret();
		if (!StringUtils.hasText(secret)) {
			throw new IllegalStateException("identity.clients." + clientId + ".secret is required for a "
					+ client.kind().name().toLowerCase() + " client");
		}
		if (existing != null && existing.getClientSecret() != null
				&& this.passwordEncoder.matches(secret, existing.getClientSecret())) {
			return existing.getClientSecret();
		}
		return this.passwordEncoder.encode(secret);
	}

	// First-party clients: no consent screen; PKCE always.
	private static ClientSettings browserClientSettings() {
		return ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build();
	}

	private TokenSettings tokenSettings() {
		return TokenSettings.builder()
			.accessTokenTimeToLive(this.tokens.accessTokenTimeToLive())
			.refreshTokenTimeToLive(this.tokens.refreshTokenTimeToLive())
			.reuseRefreshTokens(false)
			.idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
	}

}
