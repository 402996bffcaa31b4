package cn.gov.tobacco.identity.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rule, without a database: when may the next attempt come, given the failures so
 * far.
 *
 * @param freeFailures failures before attempts are slowed
 * @param maxFailures failures that lock
 * @param window how long failures are remembered
 * @param lockDuration how long a lock lasts
 * @param baseDelay the first wait
 * @param maxDelay the longest wait
 */
record ThrottlePolicy(int freeFailures, int maxFailures, Duration window, Duration lockDuration, Duration baseDelay,
		Duration maxDelay) {

	/**
	 * Until when attempts are refused without checking the password.
	 * @param failures the state of one account or address
	 * @param now the current time
	 * @return the instant the next attempt is allowed, if that is in the future
	 */
	Optional<Instant> blockedUntil(Failures failures, Instant now) {
		if (failures.lockedUntil() != null && failures.lockedUntil().isAfter(now)) {
			return Optional.of(failures.lockedUntil());
		}
		if (expired(failures, now) || failures.count() <= this.freeFailures) {
			return Optional.empty();
		}
		Instant next = failures.lastFailureAt().plus(delay(failures.count()));
		return next.isAfter(now) ? Optional.of(next) : Optional.empty();
	}

	/** Whether the failures are old enough to be forgotten (and no lock holds). */
	boolean expired(Failures failures, Instant now) {
		boolean locked = failures.lockedUntil() != null && failures.lockedUntil().isAfter(now);
		return !locked && failures.windowStart().plus(this.window).isBefore(now);
	}

	boolean locks(int count) {
		return count >= this.maxFailures;
	}

	Duration delay(int count) {
		int doublings = Math.min(count - this.freeFailures - 1, 20);
		Duration delay = this.baseDelay.multipliedBy(1L << Math.max(doublings, 0));
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

	/**
	 * Failures of one account or address.
	 *
	 * @param count failures in the current window
	 * @param windowStart the first of them
	 * @param lastFailureAt the latest
	 * @param lockedUntil the end of the lock, or null
	 */
	record Failures(int count, Instant windowStart, Instant lastFailureAt, Instant lockedUntil) {

	}

}
