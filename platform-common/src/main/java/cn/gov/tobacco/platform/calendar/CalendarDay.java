package cn.gov.tobacco.platform.calendar;

import java.time.LocalDate;

/**
 * One listed day of the calendar.
 *
 * @param date the date
 * @param kind holiday or make-up working day
 * @param note what it is, e.g. 国庆节
 */
public record CalendarDay(LocalDate date, DayKind kind, String note) {

}
