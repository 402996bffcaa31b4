/**
 * The working-day calendar as reference data: holidays and make-up working days in
 * {@code calendar_day}, edited by ADMIN, read by anyone, cached for deadline arithmetic.
 */
package cn.gov.tobacco.licensing.calendar;
