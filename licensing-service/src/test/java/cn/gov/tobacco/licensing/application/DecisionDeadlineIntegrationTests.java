package cn.gov.tobacco.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ExtensionRequestDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 point 12: the legal decision deadline is 20 working days after acceptance
 * (行政许可法 Art. 42), extended once by 10, over the real calendar: the seeded 2026
 * arrangement (中秋 25–27 Sep, 国庆 1–7 Oct off; Sun 20 Sep and Sat 10 Oct make-up working
 * days, V3 migration) and the unpublished 2027, whose 元旦 (Fri 1 Jan) comes from
 * platform-data's {@code StatutoryHolidays} and makes the dates provisional. The
 * service's clock is fixed on the day of submission and acceptance; the dates are read
 * through the API.
 */
@LicensingIntegrationTest
@Import(DecisionDeadlineIntegrationTests.FixedClock.class)
// This context's own jobs stay out of the way while its clock is in the past; it is
// closed afterwards.
@TestPropertySource(properties = { "platform.jobs.outbox-interval=1h", "licensing.jobs.notice-interval=1h",
		"licensing.jobs.registry-interval=1h" })
@DirtiesContext
class DecisionDeadlineIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	WebTestClient http;

	@Autowired
	SettableClock clock;

	@AfterEach
	void realTimeAgain() {
		this.clock.set(null);
	}

	@ParameterizedTest(name = "accepted {0}: decision due {1}, extended {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# accepted | decision due | provisional | extended due | provisional | why
					2026-09-01 | 2026-09-29   | false       | 2026-10-19   | false       | 中秋 Fri 25 Sep off, Sun 20 Sep worked; the extension across 国庆 1–7 Oct and Sat 10 Oct worked
					2026-09-30 | 2026-11-03   | false       | 2026-11-17   | false       | 国庆 1–7 Oct off, Sat 10 Oct worked
					2026-11-20 | 2026-12-18   | false       | 2027-01-04   | true        | the extension runs over the provisional 元旦 2027 (Fri 1 Jan)
					2026-12-15 | 2027-01-13   | true        | 2027-01-27   | true        | the decision deadline runs over the provisional 元旦 2027
					""")
	void theDecisionIsDueTwentyWorkingDaysAfterAcceptanceAndTenMoreWhenExtended(LocalDate accepted,
			LocalDate decisionDue, boolean provisional, LocalDate extendedDue, boolean extendedProvisional,
			String why) {
		Fixtures fx = new Fixtures(this.http);
		this.clock.set(accepted.atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant());
		String id = fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();

		JsonNode deadlines = fx.read("clerk.xihu", id).get("deadlines");
		assertThat(deadlines.get("acceptedOn").asString()).as(why).isEqualTo(accepted.toString());
		assertThat(deadlines.get("decisionDue").asString()).as(why).isEqualTo(decisionDue.toString());
		assertThat(deadlines.get("currentDue").asString()).as(why).isEqualTo(decisionDue.toString());
		assertThat(deadlines.get("extended").asBoolean()).isFalse();
		assertThat(deadlines.get("provisional").asBoolean()).as(why).isEqualTo(provisional);
		assertThat(deadlines.get("calendarAssumed").asBoolean()).as(why).isEqualTo(provisional);

		fx.act("approver", id, "extension", (v) -> new ExtensionRequestDto().version(v).reason("需要补充现场核查"))
			.expectStatus()
			.isOk();
		JsonNode extended = fx.read("clerk.xihu", id).get("deadlines");
		assertThat(extended.get("decisionDue").asString()).as(why).isEqualTo(extendedDue.toString());
		assertThat(extended.get("currentDue").asString()).as(why).isEqualTo(extendedDue.toString());
		assertThat(extended.get("extended").asBoolean()).isTrue();
		assertThat(extended.get("provisional").asBoolean()).as(why).isEqualTo(extendedProvisional);
		assertThat(extended.get("calendarAssumed").asBoolean()).as(why).isEqualTo(extendedProvisional);

		// Once only.
		fx.act("approver", id, "extension", (v) -> new ExtensionRequestDto().version(v).reason("再次延长"))
			.expectStatus()
			.isEqualTo(422);
		assertThat(fx.read("clerk.xihu", id).at("/deadlines/decisionDue").asString()).isEqualTo(extendedDue.toString());
	}

	/** The service's clock: the real one until a test fixes it. */
	static final class SettableClock extends Clock {

		private volatile Instant fixed;

		void set(Instant instant) {
			this.fixed = instant;
		}

		@Override
		public Instant instant() {
			Instant instant = this.fixed;
			return (instant != null) ? instant : Instant.now();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(instant(), zone);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

}
