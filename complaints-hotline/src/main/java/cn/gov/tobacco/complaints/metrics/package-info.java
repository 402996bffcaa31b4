/**
 * Backlog gauges for alerting: open cases past their deadline and outbox events not yet
 * published.
 */
package cn.gov.tobacco.complaints.metrics;
