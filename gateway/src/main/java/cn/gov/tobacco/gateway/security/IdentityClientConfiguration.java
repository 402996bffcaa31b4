package cn.gov.tobacco.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.platform.security.AccessTokenValidators;
import cn.gov.tobacco.platform.security.VerifiedTokens;

/**
 * The gateway as a client of the issuer: its registration (PKCE, explicit endpoints),
 * where authorized clients live (the web session, so in Redis), how tokens are refreshed,
 * and how bearer tokens are verified. Every call to the issuer has timeouts.
 */
@Configuration(proxyBeanMethods = false)
class IdentityClientConfiguration {

	private final IdentityProperties identity;

	private final WebClient issuer;

	IdentityClientConfiguration(IdentityProperties identity) {
		this.identity = identity;
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) identity.connectTimeout().toMillis())
			.responseTimeout(identity.responseTimeout());
		this.issuer = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

	@Bean
	ReactiveClientRegistrationRepository clientRegistrationRepository() {
		IdentityProperties p = this.identity;
		ClientRegistration registration = ClientRegistration.withRegistrationId(p.registrationId())
			.clientId(p.clientId())
			.clientSecret(p.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(p.redirectUri())
			.scope(p.scopes())
			.authorizationUri(p.authorizationUri().toString())
			.tokenUri(p.tokenUri().toString())
			.jwkSetUri(p.jwkSetUri().toString())
			.userInfoUri(p.userInfoUri().toString())
			.userNameAttributeName("sub")
			.issuerUri(p.issuerUri().toString())
			.providerConfigurationMetadata(Map.of("end_session_endpoint", p.endSessionUri().toString()))
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
		return new InMemoryReactiveClientRegistrationRepository(registration);
	}

	/** Access and refresh tokens live in the session (Redis), not in gateway memory. */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		WebClientReactiveRefreshTokenTokenResponseClient refresh = new WebClientReactiveRefreshTokenTokenResponseClient();
		refresh.setWebClient(this.issuer);
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken((r) -> r.accessTokenResponseClient(refresh).clockSkew(this.identity.refreshBeforeExpiry()))
			.build());
		return manager;
	}

	@Bean
	ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCodeTokenResponseClient() {
		WebClientReactiveAuthorizationCodeTokenResponseClient client = new WebClientReactiveAuthorizationCodeTokenResponseClient();
		client.setWebClient(this.issuer);
		return client;
	}

	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
		DefaultReactiveOAuth2UserService userInfo = new DefaultReactiveOAuth2UserService();
		userInfo.setWebClient(this.issuer);
		OidcReactiveOAuth2UserService oidc = new OidcReactiveOAuth2UserService();
		oidc.setOauth2UserService(userInfo);
		return oidc;
	}

	/**
	 * Verifies bearer tokens (and the session's access token for /api/me) locally: this
	 * issuer's signature, unexpired, and an access token for the platform's APIs
	 * (platform-web's {@link AccessTokenValidators}, as in the services).
	 */
	@Bean
	ReactiveJwtDecoder jwtDecoder() {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(this.identity.jwkSetUri().toString())
			.webClient(this.issuer)
			.build();
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(new JwtIssuerValidator(this.identity.issuerUri().toString()));
		validators.addAll(AccessTokenValidators.of(this.identity.apiAudience(), this.identity.accessTokenTypes()));
		decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
		// each token's signature checked once while it is valid, as in the services
		return new VerifiedTokens(decoder);
	}

}
