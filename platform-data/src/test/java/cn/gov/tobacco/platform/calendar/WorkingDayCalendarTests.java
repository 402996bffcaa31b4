package cn.gov.tobacco.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The State Council arrangements of DESIGN.md §4 for 2025 and 2026, and deadlines
 * computed across them.
 */
class WorkingDayCalendarTests {

	static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(days(
			// 2025 off
			"2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06", "2025-05-01..2025-05-05",
			"2025-05-31..2025-06-02", "2025-10-01..2025-10-08",
			// 2026 off
			"2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06", "2026-05-01..2026-05-05",
			"2026-06-19..2026-06-21", "2026-09-25..2026-09-27", "2026-10-01..2026-10-07",
			// make-up working days
			"+2025-01-26", "+2025-02-08", "+2025-04-27", "+2025-09-28", "+2025-10-11", "+2026-01-04", "+2026-02-14",
			"+2026-02-28", "+2026-05-09", "+2026-09-20", "+2026-10-10"));

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# start      | working days | due        | why
			2026-09-30   | 1            | 2026-10-08 | National Day 1-7 Oct off
			2026-09-30   | 3            | 2026-10-10 | Sat 10 Oct is a make-up working day
			2026-09-30   | 5            | 2026-10-13 | 8, 9, 10 (Sat), 12, 13
			2026-09-30   | 20           | 2026-11-03 | 20-day decision period: Oct 8-10, 12-16, 19-23, 26-30, Nov 2-3
			2026-09-24   | 1            | 2026-09-28 | Mid-Autumn 25-27 Sep off
			2026-09-18   | 1            | 2026-09-20 | Sun 20 Sep is a make-up working day
			2026-02-13   | 1            | 2026-02-14 | Sat 14 Feb is a make-up working day
			2026-02-14   | 1            | 2026-02-24 | Spring Festival 15-23 Feb off
			2026-02-14   | 5            | 2026-02-28 | 24, 25, 26, 27 and Sat 28 Feb (make-up)
			2025-12-31   | 1            | 2026-01-04 | 1-3 Jan off, Sun 4 Jan make-up
			2025-09-30   | 1            | 2025-10-09 | 2025 National Day 1-8 Oct off
			2025-09-30   | 2            | 2025-10-10 | Fri 10 Oct
			2025-09-30   | 3            | 2025-10-11 | Sat 11 Oct is a make-up working day
			2026-04-30   | 1            | 2026-05-06 | Labour Day 1-5 May off
			2026-05-06   | 3            | 2026-05-09 | Sat 9 May is a make-up working day
			2026-11-20   | 5            | 2026-11-27 | an ordinary week
			2026-11-22   | 0            | 2026-11-22 | zero days is the start day
			""")
	void deadlines(LocalDate start, int workingDays, LocalDate due, String why) {
		Deadline deadline = CALENDAR.addWorkingDays(start, workingDays);
		assertThat(deadline.due()).as(why).isEqualTo(due);
		assertThat(deadline.provisional()).isFalse();
	}

	@ParameterizedTest(name = "{0} working: {1}")
	@CsvSource({ "2026-10-01, false", "2026-10-10, true", "2026-10-11, false", "2026-10-12, true", "2025-10-08, false",
			"2026-02-28, true", "2026-06-19, false" })
	void workingDays(LocalDate day, boolean working) {
		assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(working);
	}

	@ParameterizedTest(name = "({0}, {1}] has {2} working days")
	@CsvSource({ "2026-09-30, 2026-10-13, 5", "2026-10-13, 2026-09-30, 0", "2026-11-20, 2026-11-27, 5" })
	void countsWorkingDaysBetween(LocalDate from, LocalDate to, int count) {
		assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(count);
	}

	@ParameterizedTest(name = "outside published years: {0} + {1} = {2}, provisional")
	@CsvSource(delimiter = '|', textBlock = """
			# start      | working days | due        | why
			2027-09-30   | 5            | 2027-10-08 | 国庆 1–3 Oct 2027 (Fri–Sun) off: 4, 5, 6, 7, 8
			2026-12-30   | 3            | 2027-01-05 | 元旦 Fri 1 Jan 2027 off: 31 Dec, 4, 5 Jan
			2026-12-31   | 1            | 2027-01-04 | the issue's case: never 1 Jan 2027
			2027-02-04   | 1            | 2027-02-09 | 春节 2027: 除夕 Fri 5 Feb to Mon 8 Feb off, Tue 9 works
			""")
	void yearsWithoutAnArrangementSkipTheStatutoryHolidaysAndSaySo(LocalDate start, int workingDays, LocalDate due,
			String why) {
		Deadline deadline = CALENDAR.addWorkingDays(start, workingDays);
		assertThat(deadline.due()).as(why).isEqualTo(due);
		assertThat(deadline.provisional()).isTrue();
	}

	@ParameterizedTest(name = "period ending {0} ends on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# last day   | moved to   | provisional | why
			2027-01-01   | 2027-01-04 | true        | 元旦 2027 (Fri, provisional) then a weekend
			2027-06-09   | 2027-06-10 | true        | 端午 2027 (Wed, provisional)
			2026-10-01   | 2026-10-08 | false       | 国庆 2026 published: 1–7 Oct off
			2026-10-10   | 2026-10-10 | false       | a make-up working day stays
			2026-11-27   | 2026-11-27 | false       | an ordinary Friday stays
			""")
	void aPeriodWhoseLastDayIsAHolidayEndsOnTheNextWorkingDay(LocalDate lastDay, LocalDate movedTo, boolean provisional,
			String why) {
		Deadline deadline = CALENDAR.lastDayOfPeriod(lastDay);
		assertThat(deadline.due()).as(why).isEqualTo(movedTo);
		assertThat(deadline.provisional()).as(why).isEqualTo(provisional);
	}

	@org.junit.jupiter.api.Test
	void aPublishedYearListsItsArrangementAnUnpublishedOneTheProvisionalHolidays() {
		assertThat(CALENDAR.days(2026)).noneMatch(CalendarDay::provisional).hasSize(33 + 6);
		assertThat(CALENDAR.days(2027)).allMatch(CalendarDay::provisional)
			.extracting(CalendarDay::date)
			.contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 10, 3));
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		// A provisional day handed back to the calendar does not publish its year.
		assertThat(new WorkingDayCalendar(StatutoryHolidays.of(2027)).isPublished(2027)).isFalse();
	}

	/**
	 * {@code a..b} a range of holidays, {@code d} one holiday, {@code +d} a make-up
	 * working day.
	 */
	static List<CalendarDay> days(String... specs) {
		List<CalendarDay> days = new ArrayList<>();
		for (String spec : specs) {
			if (spec.startsWith("+")) {
				days.add(new CalendarDay(LocalDate.parse(spec.substring(1)), DayKind.MAKEUP_WORKDAY, "调休"));
				continue;
			}
			String[] range = spec.split("\\.\\.");
			LocalDate from = LocalDate.parse(range[0]);
			LocalDate to = (range.length > 1) ? LocalDate.parse(range[1]) : from;
			for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
				days.add(new CalendarDay(d, DayKind.HOLIDAY, "假日"));
			}
		}
		return days;
	}

}
