package cn.gov.tobacco.identity.throttle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /admin/**}: a stateless API for the platform's ADMIN, authenticated by an access
 * token of this issuer (the {@code roles} claim gives {@code ROLE_ADMIN}).
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain adminSecurityFilterChain(HttpSecurity http) throws Exception {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		http.securityMatcher("/admin/**")
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().hasRole("ADMIN"))
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// not disable(): Spring Security applies the authorization server's
			// Customizer beans
			// to every chain, and its configurer turns CSRF back on; ignoring matchers
			// add up
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/admin/**"));
		return http.build();
	}

}
