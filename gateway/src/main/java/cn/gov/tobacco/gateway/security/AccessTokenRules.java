package cn.gov.tobacco.gateway.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;

/**
 * A bearer token is accepted only if it is an access token for the platform's APIs: JWS
 * {@code typ} {@code at+jwt} (an ID token is {@code JWT}), {@code aud} containing the API
 * audience (an ID token's is a client id), and none of the claims only ID tokens carry.
 * The same rules as {@code platform-common}'s {@code AccessTokenValidators}, which the
 * gateway does not depend on (see the README).
 */
final class AccessTokenRules {

	private static final Set<String> ID_TOKEN_CLAIMS = Set.of("nonce", "at_hash", "c_hash", "s_hash");

	private AccessTokenRules() {
	}

	static List<OAuth2TokenValidator<Jwt>> validators(String audience, List<String> types) {
		JwtTypeValidator type = new JwtTypeValidator(types);
		type.setAllowEmpty(false);
		return List.of(type, new JwtAudienceValidator(audience), AccessTokenRules::notAnIdToken);
	}

	private static OAuth2TokenValidatorResult notAnIdToken(Jwt jwt) {
		boolean idTokenClaim = ID_TOKEN_CLAIMS.stream().anyMatch(jwt::hasClaim);
		if (idTokenClaim || "ID".equalsIgnoreCase(jwt.getClaimAsString("typ"))) {
			return OAuth2TokenValidatorResult
				.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "An ID token is not an access token", null));
		}
		return OAuth2TokenValidatorResult.success();
	}

}
