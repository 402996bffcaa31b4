package cn.gov.tobacco.platform.security;

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
 * The checks that make a signed, unexpired JWT from the issuer an access token for the
 * platform's APIs (added to Spring Security's issuer, expiry and signature checks):
 * <ul>
 * <li>the JWS {@code typ} header is {@code at+jwt} (RFC 9068), never absent: ID tokens
 * carry {@code JWT};</li>
 * <li>{@code aud} contains the platform's API audience: an ID token's audience is a
 * client id;</li>
 * <li>no claim only ID tokens carry ({@code nonce}, {@code at_hash}, {@code c_hash},
 * {@code s_hash}, Keycloak's {@code typ: ID}).</li>
 * </ul>
 * Each is a separate validator so that Spring Security's default type check (which would
 * accept {@code JWT}) is replaced rather than added to.
 */
public final class AccessTokenValidators {

	private static final Set<String> ID_TOKEN_CLAIMS = Set.of("nonce", "at_hash", "c_hash", "s_hash");

	private AccessTokenValidators() {
	}

	public static List<OAuth2TokenValidator<Jwt>> of(AccessTokenProperties properties) {
		return of(properties.audience(), properties.types());
	}

	/**
	 * All three checks, for a module that builds its own JWT decoder (the gateway).
	 * @param audience the platform's API audience
	 * @param types the accepted JWS {@code typ} values
	 * @return the type, audience and not-an-ID-token validators
	 */
	public static List<OAuth2TokenValidator<Jwt>> of(String audience, List<String> types) {
		return List.of(type(types), audience(audience), notAnIdToken());
	}

	public static JwtTypeValidator type(List<String> types) {
		JwtTypeValidator validator = new JwtTypeValidator(types);
		validator.setAllowEmpty(false);
		return validator;
	}

	public static OAuth2TokenValidator<Jwt> audience(String audience) {
		return new JwtAudienceValidator(audience);
	}

	public static OAuth2TokenValidator<Jwt> notAnIdToken() {
		return (jwt) -> {
			boolean idTokenClaim = ID_TOKEN_CLAIMS.stream().anyMatch(jwt::hasClaim);
			boolean keycloakIdToken = "ID".equalsIgnoreCase(jwt.getClaimAsString("typ"));
			if (idTokenClaim || keycloakIdToken) {
				return OAuth2TokenValidatorResult.failure(
						new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "An ID token is not an access token", null));
			}
			return OAuth2TokenValidatorResult.success();
		};
	}

}
