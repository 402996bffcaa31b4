/**
 * Working days for deadlines: platform-common's {@code WorkingDayCalendar} over this
 * service's {@code calendar_days} reference data.
 */
package cn.gov.tobacco.complaints.calendar;
