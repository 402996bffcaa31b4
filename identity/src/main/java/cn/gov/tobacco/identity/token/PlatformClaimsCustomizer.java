package cn.gov.tobacco.identity.token;

import java.util.Collections;

import cn.gov.tobacco.identity.user.UserAccount;
import cn.gov.tobacco.identity.user.UserAccounts;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds the platform claims to access tokens and id tokens. The account is read again for
 * every token, so a refresh picks up changed roles and a disabled account gets no new
 * tokens. Access tokens are typed {@code at+jwt} (RFC 9068) and carry the platform's API
 * audience instead of the client id, so that no resource server takes an ID token (typed
 * {@code JWT}, audience the client id) for one.
 */
class PlatformClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String ACCESS_TOKEN_TYPE = "at+jwt";

	private final UserAccounts accounts;

	private final String apiAudience;

	PlatformClaimsCustomizer(UserAccounts accounts, String apiAudience) {
		this.accounts = accounts;
		this.apiAudience = apiAudience;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		if (accessToken) {
			context.getJwsHeader().type(ACCESS_TOKEN_TYPE);
			// a singleton list: the JDBC authorization store deserializes only
			// allow-listed
			// collection types (List.of is not one)
			context.getClaims().audience(Collections.singletonList(this.apiAudience));
		}
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			context.getClaims().claims((claims) -> claims.putAll(PlatformClaims.service()));
			return;
		}
		UserAccount account = this.accounts.findByUsername(context.getPrincipal().getName())
			.filter(UserAccount::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(
					new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The account is unknown or disabled.", null)));
		context.getClaims().claims((claims) -> claims.putAll(PlatformClaims.of(account)));
	}

}
