package cn.gov.tobacco.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The computed statutory holidays against the published 农历 and solar terms. Sources
 * checked: the State Council arrangements for 2025 and 2026 (DESIGN.md §4: 春节, 清明, 端午, 中秋
 * fall inside the published blocks); for 2027–2030 public 农历 tables (春节 2027-02-06,
 * 2028-01-26, 2029-02-13, 2030-02-03; 端午 2027-06-09; 中秋 2027-09-15). 2027 and 2030 are
 * the cases DESIGN warns about: the new moon falls within minutes of midnight Beijing
 * time (23:56 on 6 Feb 2027, 00:07 on 3 Feb 2030), where an approximate calculation
 * (ICU4J's ChineseCalendar) is a day off.
 */
class StatutoryHolidaysTests {

	@ParameterizedTest(name = "{0}: 春节 {1}, 清明 {2}, 端午 {3}, 中秋 {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# year | 春节 (正月初一) | 清明        | 端午        | 中秋
			2024   | 2024-02-10     | 2024-04-04 | 2024-06-10 | 2024-09-17
			2025   | 2025-01-29     | 2025-04-04 | 2025-05-31 | 2025-10-06
			2026   | 2026-02-17     | 2026-04-05 | 2026-06-19 | 2026-09-25
			2027   | 2027-02-06     | 2027-04-05 | 2027-06-09 | 2027-09-15
			2028   | 2028-01-26     | 2028-04-04 | 2028-05-28 | 2028-10-03
			2029   | 2029-02-13     | 2029-04-04 | 2029-06-16 | 2029-09-22
			2030   | 2030-02-03     | 2030-04-05 | 2030-06-05 | 2030-09-12
			""")
	void lunarFestivalsAndTheSolarTermMatchThePublishedCalendar(int year, LocalDate newYear, LocalDate qingming,
			LocalDate duanwu, LocalDate midAutumn) {
		assertThat(named(year, "春节")).containsExactly(newYear.minusDays(1), newYear, newYear.plusDays(1),
				newYear.plusDays(2));
		assertThat(named(year, "清明")).containsExactly(qingming);
		assertThat(named(year, "端午")).containsExactly(duanwu);
		// 中秋 on 1–3 Oct (2028) is one of the 国庆 days.
		assertThat(named(year, "中秋").isEmpty() ? named(year, "国庆") : named(year, "中秋")).contains(midAutumn);
	}

	private static List<LocalDate> named(int year, String festival) {
		return StatutoryHolidays.of(year)
			.stream()
			.filter((d) -> d.note().startsWith(festival))
			.map(CalendarDay::date)
			.toList();
	}

	@Test
	void theRegulationAsAmendedIn2024GivesThirteenDays() {
		List<CalendarDay> days = StatutoryHolidays.of(2027);
		assertThat(days).hasSize(13).allMatch(CalendarDay::provisional).allMatch((d) -> d.kind() == DayKind.HOLIDAY);
		assertThat(days).extracting(CalendarDay::date)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
					LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 4, 5),
					LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2), LocalDate.of(2027, 6, 9),
					LocalDate.of(2027, 9, 15), LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 2),
					LocalDate.of(2027, 10, 3));
		assertThat(days.get(1).note()).isEqualTo("春节（暂定）");
	}

	@Test
	void midAutumnOnNationalDayIsOneDayOffListedOnce() {
		// 中秋 2031 is 1 October.
		assertThat(StatutoryHolidays.of(2031)).hasSize(12)
			.filteredOn((d) -> d.date().equals(LocalDate.of(2031, 10, 1)))
			.hasSize(1);
	}

}
