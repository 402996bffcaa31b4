package cn.gov.tobacco.identity.throttle;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password, because the account or the client
 * address failed too often; the sign-in page says so and when to try again.
 */
public class LoginThrottledException extends AuthenticationException {

	private final transient Instant retryAt;

	LoginThrottledException(Instant retryAt) {
		super("Too many failed sign-ins");
		this.retryAt = retryAt;
	}

	public Instant retryAt() {
		return this.retryAt;
	}

}
