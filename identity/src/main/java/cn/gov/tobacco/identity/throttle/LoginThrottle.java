package cn.gov.tobacco.identity.throttle;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.tobacco.identity.throttle.LoginAttempts.LoginEvent;

/**
 * Decides whether a sign-in may be tried, and counts its outcome, per account and per
 * client address.
 */
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final LoginAttempts attempts;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	LoginThrottle(LoginAttempts attempts, LoginThrottleProperties properties, Clock clock) {
		this.attempts = attempts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @throws LoginThrottledException if the account or the address must wait
	 */
	void check(String username, String address) {
		if (!this.properties.enabled()) {
			return;
		}
		Instant now = this.clock.instant();
		Optional<Instant> account = blockedUntil(ThrottleKind.ACCOUNT, key(username), this.properties.accounts(), now);
		Optional<Instant> client = blockedUntil(ThrottleKind.ADDRESS, address, this.properties.addresses(), now);
		Optional<Instant> until = account.isPresent() ? account : client;
		if (until.isPresent()) {
			ThrottleKind kind = account.isPresent() ? ThrottleKind.ACCOUNT : ThrottleKind.ADDRESS;
			this.attempts.audit(LoginEvent.REFUSED, kind, (kind == ThrottleKind.ACCOUNT) ? key(username) : address,
					address, null, now);
			throw new LoginThrottledException(until.get());
		}
	}

	void failed(String username, String address) {
		if (!this.properties.enabled()) {
			return;
		}
		Instant now = this.clock.instant();
		count(ThrottleKind.ACCOUNT, key(username), address, this.properties.accounts(), now);
		if (address != null) {
			count(ThrottleKind.ADDRESS, address, address, this.properties.addresses(), now);
		}
	}

	/**
	 * The right password: the account's failures are forgotten (the address's are not).
	 */
	void succeeded(String username) {
		if (this.properties.enabled()) {
			this.attempts.clear(ThrottleKind.ACCOUNT, key(username));
		}
	}

	/**
	 * Lifts a lock and forgets the failures.
	 * @return whether there was anything to lift
	 */
	boolean unlock(ThrottleKind kind, String subject, String actor) {
		String key = (kind == ThrottleKind.ACCOUNT) ? key(subject) : subject;
		boolean cleared = this.attempts.clear(kind, key);
		if (cleared) {
			this.attempts.audit(LoginEvent.UNLOCKED, kind, key, null, actor, this.clock.instant());
			log.info("Sign-in lock lifted: {} {} by {}", kind, key, actor);
		}
		return cleared;
	}

	private Optional<Instant> blockedUntil(ThrottleKind kind, String subject, ThrottlePolicy policy, Instant now) {
		if (subject == null) {
			return Optional.empty();
		}
		return this.attempts.find(kind, subject).flatMap((failures) -> policy.blockedUntil(failures, now));
	}

	private void count(ThrottleKind kind, String subject, String address, ThrottlePolicy policy, Instant now) {
		this.attempts.audit(LoginEvent.FAILURE, kind, subject, address, null, now);
		int failures = this.attempts.recordFailure(kind, subject, now, now.minus(policy.window()));
		if (policy.locks(failures)) {
			Instant until = now.plus(policy.lockDuration());
			this.attempts.lock(kind, subject, until);
			if (failures == policy.maxFailures()) {
				this.attempts.audit(LoginEvent.LOCKED, kind, subject, address, null, now);
				log.warn("Sign-in locked after {} failures: {} {} until {}", failures, kind, subject, until);
			}
		}
	}

	private static String key(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

}
