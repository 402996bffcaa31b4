package cn.gov.tobacco.platform.calendar;

import java.time.LocalDate;

/**
 * One listed day of the calendar.
 *
 * @param date the date
 * @param kind holiday or make-up working day
 * @param note what it is, e.g. 国庆节
 * @param provisional a statutory holiday computed for a year whose State Council
 * arrangement is not yet published
 */
public record CalendarDay(LocalDate date, DayKind kind, String note, boolean provisional) {

	/** A day of a published arrangement. */
	public CalendarDay(LocalDate date, DayKind kind, String note) {
		this(date, kind, note, false);
	}

}
