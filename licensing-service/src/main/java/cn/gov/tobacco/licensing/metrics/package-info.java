/**
 * Backlog gauges for the alert rules: outbox events not yet published and applications
 * past their current deadline, counted in the database on a schedule.
 */
package cn.gov.tobacco.licensing.metrics;
