package cn.gov.tobacco.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working-day arithmetic over a set of listed days. A year is "published" when at least
 * one of its days is listed (ADMIN enters the State Council's arrangement); outside
 * published years the statutory holidays of the regulation ({@link StatutoryHolidays})
 * are off, Monday to Friday otherwise working, and results say they are provisional.
 */
public final class WorkingDayCalendar {

	private final Map<LocalDate, DayKind> listed = new HashMap<>();

	private final Set<Integer> publishedYears = new HashSet<>();

	public WorkingDayCalendar(Collection<CalendarDay> days) {
		for (CalendarDay day : days) {
			if (day.provisional()) {
				continue;
			}
			this.listed.put(day.date(), day.kind());
			this.publishedYears.add(day.date().getYear());
		}
	}

	public boolean isPublished(int year) {
		return this.publishedYears.contains(year);
	}

	/** A day of a year without a published arrangement. */
	public boolean isProvisional(LocalDate date) {
		return !isPublished(date.getYear());
	}

	/**
	 * The year's listed days: the published arrangement, or the provisional statutory
	 * holidays when none is published.
	 */
	public List<CalendarDay> days(int year) {
		if (!isPublished(year)) {
			return StatutoryHolidays.of(year);
		}
		List<CalendarDay> days = new ArrayList<>();
		this.listed.forEach((date, kind) -> {
			if (date.getYear() == year) {
				days.add(new CalendarDay(date, kind, null));
			}
		});
		days.sort(Comparator.comparing(CalendarDay::date));
		return days;
	}

	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = this.listed.get(date);
		if (kind != null) {
			return kind == DayKind.MAKEUP_WORKDAY;
		}
		if (!isPublished(date.getYear()) && isStatutoryHoliday(date)) {
			return false;
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	private static boolean isStatutoryHoliday(LocalDate date) {
		for (CalendarDay day : StatutoryHolidays.of(date.getYear())) {
			if (day.date().equals(date)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The day on which a period of {@code workingDays} working days that starts after
	 * {@code start} ends: the start day itself is not counted (期限从次日起算).
	 */
	public Deadline addWorkingDays(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative");
		}
		LocalDate day = start;
		boolean provisional = false;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			provisional |= isProvisional(day);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(day, provisional);
	}

	/**
	 * The last day of a period whose last day would be {@code lastDay}: when that is a
	 * holiday or a rest day, the first working day after it (期间届满的最后一日是法定节假日的，
	 * 以法定节假日后的第一日为期间届满的日期).
	 */
	public Deadline lastDayOfPeriod(LocalDate lastDay) {
		LocalDate day = lastDay;
		boolean provisional = isProvisional(day);
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
			provisional |= isProvisional(day);
		}
		return new Deadline(day, provisional);
	}

	/**
	 * Working days in {@code (from, to]}: how many working days have passed by the end of
	 * {@code to} for a period starting after {@code from}. Zero when {@code to} is not
	 * after {@code from}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
