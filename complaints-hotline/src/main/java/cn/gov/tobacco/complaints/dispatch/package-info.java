/**
 * District queues sorted by urgency and deadline, supervision alerts, and the watch that
 * escalates overdue cases and closes unevaluated ones.
 */
package cn.gov.tobacco.complaints.dispatch;
