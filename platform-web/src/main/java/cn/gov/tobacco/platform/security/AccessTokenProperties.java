package cn.gov.tobacco.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a bearer token must be to be accepted by a service: an access token (JWS header
 * {@code typ} one of {@code types}, RFC 9068) issued for the platform's APIs ({@code aud}
 * contains {@code audience}). ID tokens and tokens for other audiences are refused.
 *
 * @param audience the platform's API audience, put in access tokens by the issuer (local
 * issuer: {@code identity.tokens.api-audience}; Keycloak: the audience mapper of the
 * {@code tobacco-claims} scope)
 * @param types the accepted {@code typ} header values
 */
@ConfigurationProperties("platform.security.access-token")
public record AccessTokenProperties(@DefaultValue("tobacco-platform-api") String audience, @DefaultValue( {
		"at+jwt", "application/at+jwt" }) List<String> types){

	public AccessTokenProperties {
		types = List.copyOf(types);
	}

}
