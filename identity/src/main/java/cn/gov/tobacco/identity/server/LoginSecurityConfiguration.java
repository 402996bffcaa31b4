package cn.gov.tobacco.identity.server;

import java.util.Map;

import cn.gov.tobacco.identity.throttle.LoginThrottledException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

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
			.formLogin((form) -> form.loginPage("/login").failureHandler(loginFailures()).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// the error page changes nothing; without this, the error dispatch of any
			// refused
			// unsafe request (a 401 at /admin/**) would be answered 403 for lack of a
			// CSRF token
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/error"));
		return http.build();
	}

	/**
	 * A throttled sign-in gets its own message ({@code /login?locked}), not "wrong
	 * password".
	 */
	private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?locked"));
		handler.setDefaultFailureUrl("/login?error");
		return handler;
	}

}
