package cn.gov.tobacco.identity.token;

import java.util.function.Function;

import cn.gov.tobacco.identity.user.UserAccount;
import cn.gov.tobacco.identity.user.UserAccounts;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * Userinfo answers with the same claims as the tokens, plus {@code preferred_username}.
 */
class PlatformUserInfoMapper implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

	private final UserAccounts accounts;

	PlatformUserInfoMapper(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
		String username = context.getAuthorization().getPrincipalName();
		UserAccount account = this.accounts.findByUsername(username)
			.filter(UserAccount::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN));
		return OidcUserInfo.builder()
			.subject(username)
			.preferredUsername(username)
			.claims((claims) -> claims.putAll(PlatformClaims.of(account)))
			.build();
	}

}
