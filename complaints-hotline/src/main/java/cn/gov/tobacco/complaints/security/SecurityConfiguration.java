package cn.gov.tobacco.complaints.security;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;

import cn.gov.tobacco.platform.security.CallerJwtConverter;
import cn.gov.tobacco.platform.security.ProblemSecurityHandlers;

/**
 * Stateless bearer-token security. Coarse role checks live here; jurisdiction and
 * ownership checks live with each feature.
 */
@Configuration(proxyBeanMethods = false)
// the migrate profile runs without a web server (and so without these filter chains)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemSecurityHandlers problems) {
		JwtAuthenticationConverter jwt = new JwtAuthenticationConverter();
		jwt.setJwtGrantedAuthoritiesConverter(CallerJwtConverter.authorities());
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.pathMatchers("/actuator/prometheus")
				.permitAll()
				.pathMatchers("/api/complaints/public/**")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/api/complaints/categories")
				.permitAll()
				// Authenticated by the event's HMAC signature (EventReceiver), not a
				// token.
				.pathMatchers(HttpMethod.POST, "/api/complaints/internal/events")
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((server) -> server
				.jwt((spec) -> spec.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(jwt)))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

}
