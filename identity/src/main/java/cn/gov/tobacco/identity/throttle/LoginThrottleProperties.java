package cn.gov.tobacco.identity.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the login throttle ({@code identity.login-throttle.*}). Failures are
 * counted per account and per client address within {@code window}. After the free
 * failures, each further attempt must wait {@code baseDelay}, doubling with every failure
 * up to {@code maxDelay}; at the maximum the account or address is locked for
 * {@code lockDuration}. Only failures count: signing in with the right password never
 * slows anyone down, and it clears the account's count.
 *
 * @param enabled whether to throttle at all
 * @param accountFreeFailures failures of one account before its attempts are slowed
 * @param accountMaxFailures failures of one account that lock it
 * @param addressFreeFailures failures from one client address before its attempts are
 * slowed
 * @param addressMaxFailures failures from one client address that lock it
 * @param window how long failures are remembered
 * @param lockDuration how long a lock lasts (an ADMIN can lift it earlier)
 * @param baseDelay the wait after the first failure over the free ones
 * @param maxDelay the longest wait before the lock
 */
@ConfigurationProperties("identity.login-throttle")
record LoginThrottleProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3") int accountFreeFailures,
		@DefaultValue("10") int accountMaxFailures, @DefaultValue("50") int addressFreeFailures,
		@DefaultValue("200") int addressMaxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("1s") Duration baseDelay,
		@DefaultValue("30s") Duration maxDelay) {

	ThrottlePolicy accounts() {
		return new ThrottlePolicy(this.accountFreeFailures, this.accountMaxFailures, this.window, this.lockDuration,
				this.baseDelay, this.maxDelay);
	}

	ThrottlePolicy addresses() {
		return new ThrottlePolicy(this.addressFreeFailures, this.addressMaxFailures, this.window, this.lockDuration,
				this.baseDelay, this.maxDelay);
	}

}
