package cn.gov.tobacco.platform.calendar;

import java.time.LocalDate;

/**
 * A date computed in working days.
 *
 * @param due the last day of the period, always a working day
 * @param provisional true when some day counted lies in a year without a published
 * arrangement, where the statutory holidays of the regulation were assumed (no make-up
 * working days, no weekend substitutes): the date may still move
 */
public record Deadline(LocalDate due, boolean provisional) {

}
