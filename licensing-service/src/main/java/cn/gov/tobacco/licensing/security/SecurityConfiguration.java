package cn.gov.tobacco.licensing.security;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.security.CallerJwtConverter;
import cn.gov.tobacco.platform.security.Role;
import cn.gov.tobacco.platform.security.ProblemSecurityHandlers;

@Configuration(proxyBeanMethods = false)
// the migrate profile runs without a web server (and so without these filter chains)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ProblemSecurityHandlers problems) {
		JwtAuthenticationConverter jwt = new JwtAuthenticationConverter();
		jwt.setJwtGrantedAuthoritiesConverter(CallerJwtConverter.authorities());
		return http
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
						"/api/licensing/public/**")
				.permitAll()
				// every other licensing endpoint: only the roles with a licensing
				// need (DESIGN.md §3; the per-role rules are in Access)
				.pathMatchers("/api/licensing/internal/**")
				.hasAuthority(Role.SERVICE.authority())
				.pathMatchers("/api/licensing/**")
				.hasAnyAuthority(Access.licensingAuthorities())
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((rs) -> rs
				.jwt((j) -> j.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(jwt)))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling((e) -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// A stateless bearer-token API: the gateway protects browser sessions with
			// CSRF.
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.requestCache(
					org.springframework.security.web.server.savedrequest.NoOpServerRequestCache.getInstance()))
			.build();
	}

}
