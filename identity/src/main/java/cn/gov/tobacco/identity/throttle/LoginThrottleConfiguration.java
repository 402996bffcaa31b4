package cn.gov.tobacco.identity.throttle;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Puts the throttle in front of the form login's password check: this is the only
 * {@link AuthenticationProvider} bean, so Spring Security uses it instead of building one
 * from the {@code UserDetailsService}.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

	@Bean
	LoginThrottle loginThrottle(LoginAttempts attempts, LoginThrottleProperties properties) {
		return new LoginThrottle(attempts, properties, Clock.systemUTC());
	}

	@Bean
	AuthenticationProvider throttledPasswordAuthentication(UserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottlingAuthenticationProvider(passwords, throttle);
	}

}
