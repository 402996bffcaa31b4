package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's risk buckets: DUE_SOON is due within 2 working days (not calendar days), so
 * a weekend or a holiday block widens it.
 */
class RiskTests {

	static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(DeadlinesTests.days2026());

	@ParameterizedTest(name = "{0}, due {1}, today {2}: {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# state               | due        | today      | risk      | why
					UNDER_REVIEW          | 2026-11-24 | 2026-11-25 | OVERDUE   | due yesterday
					UNDER_REVIEW          | 2026-11-25 | 2026-11-25 | DUE_TODAY | due today
					UNDER_REVIEW          | 2026-11-26 | 2026-11-25 | DUE_SOON  | 1 working day left
					UNDER_REVIEW          | 2026-11-27 | 2026-11-25 | DUE_SOON  | 2 working days left
					UNDER_REVIEW          | 2026-11-30 | 2026-11-25 | LATER     | 3 working days left
					SUBMITTED             | 2026-11-30 | 2026-11-27 | DUE_SOON  | Fri to Mon: the weekend does not count
					SUBMITTED             | 2026-12-01 | 2026-11-27 | DUE_SOON  | Fri to Tue: 2 working days
					SUBMITTED             | 2026-12-02 | 2026-11-27 | LATER     | Fri to Wed: 3 working days
					ACCEPTED              | 2026-10-09 | 2026-09-30 | DUE_SOON  | across National Day 1–7 Oct: 8 and 9 Oct
					ACCEPTED              | 2026-10-10 | 2026-09-30 | LATER     | Sat 10 Oct is a make-up working day: 3
					CORRECTION_REQUESTED  | 2026-11-26 | 2026-11-25 | PAUSED    | the clock stops during a correction
					APPROVED              | 2026-11-26 | 2026-11-25 | NONE      | decided
					REFUSED               | 2026-11-24 | 2026-11-25 | NONE      | decided, even past its due day
					WITHDRAWN             | 2026-11-24 | 2026-11-25 | NONE      | withdrawn
					DRAFT                 | 2026-11-24 | 2026-11-25 | NONE      | a draft has no deadline
					SITE_CHECK            | 2026-11-24 | 2026-11-25 | OVERDUE   | the site check does not stop the clock
					UNDER_REVIEW          | 2026-10-08 | 2026-09-29 | DUE_SOON  | Sep 30 and Oct 8 across the holiday block
					UNDER_REVIEW          | 2026-10-09 | 2026-09-29 | LATER     | Sep 30, Oct 8, 9: 3 working days
					UNDER_REVIEW          | 2027-01-04 | 2026-12-30 | DUE_SOON  | Dec 31, (1 Jan 2027 provisional holiday), Jan 4
					""")
	void dueSoonIsWithinTwoWorkingDays(ApplicationState state, LocalDate due, LocalDate today, Risk risk, String why) {
		assertThat(Risk.of(state, due, today, CALENDAR)).as(why).isEqualTo(risk);
	}

	@org.junit.jupiter.api.Test
	void anOpenItemWithoutADeadlineHasNoRisk() {
		for (ApplicationState state : ApplicationState.values()) {
			Risk expected = (state == ApplicationState.CORRECTION_REQUESTED) ? Risk.PAUSED : Risk.NONE;
			assertThat(Risk.of(state, null, LocalDate.of(2026, 11, 25), CALENDAR)).as("%s", state).isEqualTo(expected);
		}
	}

}
