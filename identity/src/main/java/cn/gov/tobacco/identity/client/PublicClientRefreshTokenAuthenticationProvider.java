package cn.gov.tobacco.identity.client;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Authenticates a public client on the refresh-token grant when it is registered for it.
 * The refresh token itself is the proof: it is bound to this client, rotated on every use
 * and cannot be used twice (OAuth 2.1 §4.3.1 for public clients).
 */
class PublicClientRefreshTokenAuthenticationProvider implements AuthenticationProvider {

	private final RegisteredClientRepository registeredClients;

	PublicClientRefreshTokenAuthenticationProvider(RegisteredClientRepository registeredClients) {
		this.registeredClients = registeredClients;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) {
		OAuth2ClientAuthenticationToken client = (OAuth2ClientAuthenticationToken) authentication;
		if (!ClientAuthenticationMethod.NONE.equals(client.getClientAuthenticationMethod())
				|| !AuthorizationGrantType.REFRESH_TOKEN.getValue()
					.equals(client.getAdditionalParameters().get(OAuth2ParameterNames.GRANT_TYPE))) {
			return null; // not ours: PKCE on the code grant, or a confidential client
		}
		RegisteredClient registered = this.registeredClients.findByClientId(String.valueOf(client.getPrincipal()));
		if (registered == null || !registered.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
				|| !registered.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
			throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
		}
		return new OAuth2ClientAuthenticationToken(registered, ClientAuthenticationMethod.NONE, null);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
