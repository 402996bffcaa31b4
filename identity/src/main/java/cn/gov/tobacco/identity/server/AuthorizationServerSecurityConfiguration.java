package cn.gov.tobacco.identity.server;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * The protocol endpoints (authorize, token, JWKS, discovery, userinfo, logout). Feature
 * packages contribute {@code Customizer<OAuth2AuthorizationServerConfigurer>} beans,
 * applied here in order.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http,
			ObjectProvider<Customizer<OAuth2AuthorizationServerConfigurer>> customizers) {
		http.oauth2AuthorizationServer((authorizationServer) -> {
			http.securityMatcher(authorizationServer.getEndpointsMatcher());
			authorizationServer.oidc(Customizer.withDefaults());
			customizers.orderedStream().forEach((customizer) -> customizer.customize(authorizationServer));
		})
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			// userinfo is called with the access token
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), htmlRequests()));
		return http.build();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IssuerProperties properties) {
		AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
		if (StringUtils.hasText(properties.issuer())) {
			settings.issuer(properties.issuer());
		}
		return settings.build();
	}

	private static MediaTypeRequestMatcher htmlRequests() {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return matcher;
	}

}
