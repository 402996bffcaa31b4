package cn.gov.tobacco.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Opaque refresh tokens for every client registered for the refresh-token grant, public
 * ones ({@code platform-cli}) included; Spring's generator leaves public clients out.
 * Rotation comes from the clients' {@code reuseRefreshTokens(false)}: each refresh
 * replaces the token.
 */
class RefreshTokenGenerator implements OAuth2TokenGenerator<OAuth2RefreshToken> {

	private final StringKeyGenerator values = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

	private final Clock clock;

	RefreshTokenGenerator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public @Nullable OAuth2RefreshToken generate(OAuth2TokenContext context) {
		RegisteredClient client = context.getRegisteredClient();
		if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
				|| !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
			return null;
		}
		Instant issuedAt = this.clock.instant();
		Instant expiresAt = issuedAt.plus(client.getTokenSettings().getRefreshTokenTimeToLive());
		return new OAuth2RefreshToken(this.values.generateKey(), issuedAt, expiresAt);
	}

}
