package cn.gov.tobacco.identity.throttle;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.identity.throttle.ThrottlePolicy.Failures;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottlePolicyTests {

	static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

	final ThrottlePolicy policy = new LoginThrottleProperties(true, 3, 10, 50, 200, Duration.ofMinutes(15),
			Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(30))
		.accounts();

	final ThrottlePolicy addresses = new LoginThrottleProperties(true, 3, 10, 50, 200, Duration.ofMinutes(15),
			Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(30))
		.addresses();

	@Test
	void theFirstFailuresAreFree() {
		assertThat(this.policy.blockedUntil(failures(3, NOW), NOW)).isEmpty();
	}

	@Test
	void furtherFailuresWaitLongerAndLonger() {
		assertThat(this.policy.blockedUntil(failures(4, NOW), NOW)).contains(NOW.plusSeconds(1));
		assertThat(this.policy.blockedUntil(failures(5, NOW), NOW)).contains(NOW.plusSeconds(2));
		assertThat(this.policy.blockedUntil(failures(6, NOW), NOW)).contains(NOW.plusSeconds(4));
		assertThat(this.policy.blockedUntil(failures(9, NOW), NOW)).contains(NOW.plusSeconds(30));
		assertThat(this.policy.blockedUntil(failures(6, NOW), NOW.plusSeconds(5))).isEmpty();
	}

	@Test
	void aLockHoldsUntilItEnds() {
		Failures locked = new Failures(10, NOW, NOW, NOW.plus(Duration.ofMinutes(15)));
		assertThat(this.policy.locks(10)).isTrue();
		assertThat(this.policy.blockedUntil(locked, NOW.plus(Duration.ofMinutes(14))))
			.contains(NOW.plus(Duration.ofMinutes(15)));
		assertThat(this.policy.blockedUntil(locked, NOW.plus(Duration.ofMinutes(16)))).isEmpty();
	}

	@Test
	void oldFailuresAreForgotten() {
		Instant start = NOW.minus(Duration.ofMinutes(20));
		assertThat(this.policy.expired(new Failures(9, start, start, null), NOW)).isTrue();
		assertThat(this.policy.blockedUntil(new Failures(9, start, NOW.minusSeconds(1), null), NOW)).isEmpty();
	}

	@Test
	void anAddressHasItsOwnHigherLimits() {
		assertThat(this.addresses.blockedUntil(failures(50, NOW), NOW)).isEmpty();
		assertThat(this.addresses.blockedUntil(failures(51, NOW), NOW)).contains(NOW.plusSeconds(1));
		assertThat(this.addresses.locks(199)).isFalse();
		assertThat(this.addresses.locks(200)).isTrue();
	}

	private static Failures failures(int count, Instant last) {
		return new Failures(count, last.minusSeconds(60), last, null);
	}

}
