package cn.gov.tobacco.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Working-day arithmetic over a set of listed days. A year is "published" when at least
 * one of its days is listed; outside published years Monday to Friday are working days
 * and results say so.
 */
public final class WorkingDayCalendar {

	private final Map<LocalDate, DayKind> listed = new HashMap<>();

	private final Set<Integer> publishedYears = new HashSet<>();

	public WorkingDayCalendar(Collection<CalendarDay> days) {
		for (CalendarDay day : days) {
			this.listed.put(day.date(), day.kind());
			this.publishedYears.add(day.date().getYear());
		}
	}

	public boolean isPublished(int year) {
		return this.publishedYears.contains(year);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = this.listed.get(date);
		if (kind != null) {
			return kind == DayKind.MAKEUP_WORKDAY;
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
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
		boolean assumed = false;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			assumed |= !isPublished(day.getYear());
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(day, assumed);
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
