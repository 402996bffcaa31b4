/**
 * Substantiated reports as credit events for licensing: written to the outbox in the
 * transaction of the answer, delivered to licensing's internal API with a
 * client-credentials token, retried with back-off until licensing has them.
 */
package cn.gov.tobacco.complaints.credit;
