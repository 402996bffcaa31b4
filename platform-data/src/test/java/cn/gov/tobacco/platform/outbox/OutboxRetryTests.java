package cn.gov.tobacco.platform.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutboxRetryTests {

	private final OutboxRetry retry = new OutboxRetry(Duration.ofSeconds(10), Duration.ofMinutes(5));

	@Test
	void theWaitDoublesPerFailureUpToTheMaximum() {
		assertThat(this.retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.retry.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(this.retry.delayAfter(5)).isEqualTo(Duration.ofSeconds(160));
		assertThat(this.retry.delayAfter(6)).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.retry.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void zeroFailuresWaitTheInitialDelay() {
		assertThat(this.retry.delayAfter(0)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void aMaximumBelowTheInitialWaitIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboxRetry(Duration.ofMinutes(1), Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutboxRetry(Duration.ZERO, Duration.ofSeconds(1)));
	}

	@Test
	void theLeaseDefaultsToFiveMinutesAndMustBePositive() {
		assertThat(this.retry.lease()).isEqualTo(Duration.ofMinutes(5));
		assertThat(new OutboxRetry(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(30)).lease())
			.isEqualTo(Duration.ofSeconds(30));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboxRetry(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ZERO));
	}

}
