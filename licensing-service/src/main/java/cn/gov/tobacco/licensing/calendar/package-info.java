/**
 * The working-day calendar as reference data: holidays and make-up working days in
 * {@code calendar_day}, edited by ADMIN, read by anyone, cached for deadline arithmetic;
 * and the service's time: the one injected {@link java.time.Clock} read in the one
 * configured zone ({@code licensing.zone}) through {@link BureauClock}.
 */
package cn.gov.tobacco.licensing.calendar;
