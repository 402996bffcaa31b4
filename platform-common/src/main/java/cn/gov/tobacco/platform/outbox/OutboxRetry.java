package cn.gov.tobacco.platform.outbox;

import java.time.Duration;

/**
 * Back-off for rows whose publication failed: the row is not offered to the sink again
 * before {@code initial} after the first failure, twice that after the second, and so on,
 * at most {@code max}. Used by {@link OutboxPublisher} when given; the outbox table then
 * needs a nullable {@code next_attempt_at timestamptz} column.
 *
 * @param initial the wait after the first failure
 * @param max the longest wait
 */
public record OutboxRetry(Duration initial, Duration max) {

	public OutboxRetry {
		if (initial == null || max == null || initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("Outbox retry needs 0 < initial <= max");
		}
	}

	/** The wait before the next attempt, after {@code failures} failed attempts (≥ 1). */
	public Duration delayAfter(int failures) {
		int doublings = Math.min(Math.max(failures, 1) - 1, 30);
		Duration delay = this.initial;
		for (int i = 0; i < doublings && delay.compareTo(this.max) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.max) > 0) ? this.max : delay;
	}

}
