package cn.gov.tobacco.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.time4j.PlainDate;
import net.time4j.calendar.ChineseCalendar;
import net.time4j.calendar.EastAsianMonth;

/**
 * The statutory holidays of 全国年节及纪念日放假办法 as amended in November 2024, for a year whose
 * State Council arrangement is not yet published: 元旦 1 Jan; 春节 4 days from 除夕; 清明 on the
 * solar term; 劳动节 1–2 May; 端午 5/5 and 中秋 8/15 of the lunar calendar; 国庆 1–3 Oct. Lunar
 * dates and the solar term come from Time4J's Chinese calendar, which computes in Beijing
 * time (UTC+8) as GB/T 33661-2017 prescribes. Weekend substitutes (补假) and make-up
 * working days (调休) come only with the published arrangement.
 */
public final class StatutoryHolidays {

	private static final Map<Integer, List<CalendarDay>> BY_YEAR = new ConcurrentHashMap<>();

	private StatutoryHolidays() {
	}

	/** The statutory holidays of a Gregorian year, in date order, all provisional. */
	public static List<CalendarDay> of(int year) {
		return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
	}

	private static List<CalendarDay> compute(int year) {
		List<CalendarDay> days = new ArrayList<>();
		add(days, LocalDate.of(year, 1, 1), 1, "元旦（暂定）");
		ChineseCalendar newYear = ChineseCalendar.ofNewYear(year);
		add(days, date(newYear).minusDays(1), 4, "春节（暂定）");
		add(days, date(ChineseCalendar.ofQingMing(year)), 1, "清明节（暂定）");
		add(days, LocalDate.of(year, 5, 1), 2, "劳动节（暂定）");
		add(days, date(lunar(newYear, 5, 5)), 1, "端午节（暂定）");
		add(days, date(lunar(newYear, 8, 15)), 1, "中秋节（暂定）");
		add(days, LocalDate.of(year, 10, 1), 3, "国庆节（暂定）");
		days.sort(java.util.Comparator.comparing(CalendarDay::date));
		return List.copyOf(days);
	}

	private static ChineseCalendar lunar(ChineseCalendar newYear, int month, int day) {
		return newYear.with(ChineseCalendar.MONTH_OF_YEAR, EastAsianMonth.valueOf(month))
			.with(ChineseCalendar.DAY_OF_MONTH, day);
	}

	private static LocalDate date(ChineseCalendar day) {
		PlainDate gregorian = day.transform(PlainDate.axis());
		return LocalDate.of(gregorian.getYear(), gregorian.getMonth(), gregorian.getDayOfMonth());
	}

	private static void add(List<CalendarDay> days, LocalDate first, int count, String note) {
		for (int i = 0; i < count; i++) {
			LocalDate day = first.plusDays(i);
			// 中秋 can fall within 国庆 (e.g. 1 Oct 2031): one day off, listed once.
			if (days.stream().noneMatch((d) -> d.date().equals(day))) {
				days.add(new CalendarDay(day, DayKind.HOLIDAY, note, true));
			}
		}
	}

}
