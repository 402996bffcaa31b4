package cn.gov.tobacco.platform.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BureauClockTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** 2024-05-31 17:30 UTC is already 1 June, 01:30, in the bureau's zone. */
	private final BureauClock clock = new BureauClock(
			Clock.fixed(Instant.parse("2024-05-31T17:30:00.123456789Z"), ZoneOffset.UTC), ZONE);

	@Test
	void nowIsTheFixedClockToTheMicrosecond() {
		assertThat(this.clock.now()).isEqualTo(Instant.parse("2024-05-31T17:30:00.123456Z"));
	}

	@Test
	void daysAreCountedInTheBureausZoneNotInUtc() {
		assertThat(this.clock.today()).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(this.clock.dayOf(Instant.parse("2024-06-01T15:59:59Z"))).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(this.clock.dayOf(Instant.parse("2024-06-01T16:00:00Z"))).isEqualTo(LocalDate.of(2024, 6, 2));
	}

	@Test
	void aDayStartsAndEndsInTheBureausZone() {
		LocalDate day = LocalDate.of(2024, 6, 1);
		assertThat(this.clock.startOf(day)).isEqualTo(Instant.parse("2024-05-31T16:00:00Z"));
		assertThat(this.clock.endOf(day)).isEqualTo(Instant.parse("2024-06-01T15:59:59Z"));
	}

	@Test
	void theMonthAndTheZoneAreTheBureaus() {
		assertThat(this.clock.month()).isEqualTo(java.time.YearMonth.of(2024, 6));
		assertThat(this.clock.zoneId()).isEqualTo("Asia/Shanghai");
	}

}
