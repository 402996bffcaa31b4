package cn.gov.tobacco.identity.token;

import java.time.Clock;

import cn.gov.tobacco.identity.user.UserAccounts;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Self-contained (JWT, RS256) access and id tokens carrying the platform claims, opaque
 * refresh tokens, and the JDBC stores for authorizations and consents.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	@Bean
	OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JWKSource<SecurityContext> jwkSource, UserAccounts accounts,
			AccessTokenSettings settings) {
		JwtGenerator jwtGenerator = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
		jwtGenerator.setJwtCustomizer(new PlatformClaimsCustomizer(accounts, settings.audience()));
		return new DelegatingOAuth2TokenGenerator(jwtGenerator, new RefreshTokenGenerator(Clock.systemUTC()));
	}

	/**
	 * Verifies the access tokens presented to {@code /userinfo}: this issuer's key, its
	 * {@code at+jwt} type and the API audience (an ID token is refused here too).
	 */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AccessTokenSettings settings) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
		JwtTypeValidator type = new JwtTypeValidator(PlatformClaimsCustomizer.ACCESS_TOKEN_TYPE);
		type.setAllowEmpty(false);
		decoder.setJwtValidator(
				JwtValidators.createDefaultWithValidators(type, new JwtAudienceValidator(settings.audience())));
		return decoder;
	}

	@Bean
	OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationService(jdbc, clients);
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService(JdbcOperations jdbc,
			RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	@Bean
	Customizer<OAuth2AuthorizationServerConfigurer> platformUserInfo(UserAccounts accounts) {
		return (authorizationServer) -> authorizationServer.oidc((oidc) -> oidc
			.userInfoEndpoint((userInfo) -> userInfo.userInfoMapper(new PlatformUserInfoMapper(accounts))));
	}

}
