/**
 * Working days for deadlines: platform-data's {@code WorkingDayCalendar} over the
 * calendar licensing owns, read through its public calendar endpoint and cached in
 * {@code calendar_cache} (the last copy serves while licensing is unreachable).
 */
package cn.gov.tobacco.complaints.calendar;
