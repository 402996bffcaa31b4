package cn.gov.tobacco.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OIDC issuer and the gateway's client registration with it. Endpoints are
 * configured, not discovered, so the gateway starts while the issuer is down; each
 * defaults to Spring Authorization Server's path under the issuer.
 *
 * @param issuerUri the issuer ({@code iss} of every token)
 * @param registrationId the registration id in {@code /oauth2/authorization/{id}}
 * @param clientId the gateway's client id
 * @param clientSecret the gateway's client secret
 * @param scopes the scopes requested at login
 * @param redirectUri where the issuer sends the browser back to ({@code {baseUrl}} is the
 * request's scheme, host and port)
 * @param postLogoutRedirectUri where the issuer sends the browser after logout
 * @param authorizationUri the authorization endpoint
 * @param tokenUri the token endpoint
 * @param jwkSetUri the JWK set verifying tokens
 * @param userInfoUri the userinfo endpoint
 * @param endSessionUri the RP-initiated logout endpoint
 * @param connectTimeout connect timeout of calls to the issuer
 * @param responseTimeout response timeout of calls to the issuer
 * @param refreshBeforeExpiry how long before its expiry an access token is refreshed
 * @param apiAudience the audience every accepted bearer token must carry (the platform's
 * APIs); an ID token's audience is a client id
 * @param accessTokenTypes the accepted JWS {@code typ} headers of bearer tokens (RFC
 * 9068)
 */
@ConfigurationProperties("gateway.identity")
record IdentityProperties(@DefaultValue("http://localhost:9000") URI issuerUri,
		@DefaultValue("identity") String registrationId, @DefaultValue("gateway") String clientId, String clientSecret,
		List<String> scopes, @DefaultValue("{baseUrl}/login/oauth2/code/{registrationId}") String redirectUri,
		@DefaultValue("{baseUrl}/") String postLogoutRedirectUri, URI authorizationUri, URI tokenUri, URI jwkSetUri,
		URI userInfoUri, URI endSessionUri, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("5s") Duration responseTimeout, @DefaultValue("60s") Duration refreshBeforeExpiry,
		@DefaultValue("tobacco-platform-api") String apiAudience, @DefaultValue( {
				"at+jwt", "application/at+jwt" }) List<String> accessTokenTypes){

	IdentityProperties {
		String issuer = issuerUri.toString().replaceAll("/+$", "");
		scopes = (scopes != null) ? List.copyOf(scopes) : List.of("openid", "profile");
		accessTokenTypes = List.copyOf(accessTokenTypes);
		authorizationUri = (authorizationUri != null) ? authorizationUri : URI.create(issuer + "/oauth2/authorize");
		tokenUri = (tokenUri != null) ? tokenUri : URI.create(issuer + "/oauth2/token");
		jwkSetUri = (jwkSetUri != null) ? jwkSetUri : URI.create(issuer + "/oauth2/jwks");
		userInfoUri = (userInfoUri != null) ? userInfoUri : URI.create(issuer + "/userinfo");
		endSessionUri = (endSessionUri != null) ? endSessionUri : URI.create(issuer + "/connect/logout");
	}

}
