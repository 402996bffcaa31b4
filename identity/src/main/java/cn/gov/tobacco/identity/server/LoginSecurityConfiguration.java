package cn.gov.tobacco.identity.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything that is not a protocol endpoint: the form login that the authorization
 * endpoint sends browsers to, logout, and the health probes.
 */
@Configuration(proxyBeanMethods = false)
class LoginSecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain loginSecurityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers("/login", "/error", "/favicon.ico", "/actuator/health", "/actuator/health/**",
					"/actuator/info")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

}
