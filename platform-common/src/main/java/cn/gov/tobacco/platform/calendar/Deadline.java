package cn.gov.tobacco.platform.calendar;

import java.time.LocalDate;

/**
 * A date computed in working days.
 *
 * @param due the last day of the period
 * @param assumedWeekdaysOnly true when some day counted lies in a year without a
 * published arrangement, where Monday to Friday was assumed
 */
public record Deadline(LocalDate due, boolean assumedWeekdaysOnly) {

}
