package cn.gov.tobacco.platform.outbox;

import java.time.Duration;

/**
 * Back-off for rows whose publication failed: the row is not offered to the sink again
 * before {@code initial} after the first failure, twice that after the second, and so on,
 * at most {@code max}. Used by {@link OutboxPublisher} when given; the outbox table then
 * needs the nullable columns {@code next_attempt_at timestamptz},
 * {@code dead_at timestamptz} and {@code last_error varchar(500)}.
 *
 * @param initial the wait after the first failure
 * @param max the longest wait
 * @param lease how long a batch's rows are reserved for the publisher delivering them; a
 * row whose publisher died is offered again after it (longer than a batch's deliveries
 * take, or a slow batch's rows may be delivered twice, which the at-least-once contract
 * allows)
 */
public record OutboxRetry(Duration initial, Duration max, Duration lease) {

	/** The lease when none is given. */
	public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

	public OutboxRetry {
		if (initial == null || max == null || initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("Outbox retry needs 0 < initial <= max");
		}
		if (lease == null || lease.isNegative() || lease.isZero()) {
			throw new IllegalArgumentException("Outbox lease must be positive");
		}
	}

	public OutboxRetry(Duration initial, Duration max) {
		this(initial, max, DEFAULT_LEASE);
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
