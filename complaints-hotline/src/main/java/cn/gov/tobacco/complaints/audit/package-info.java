/**
 * Record keeping for this service, on platform-data's (audit chain, outbox and its
 * publisher, idempotency store and their jobs, configured under {@code platform.*}): the
 * case chains ({@link cn.gov.tobacco.complaints.audit.AuditTrail}) with the verification
 * of entries written before migration V3, case events, and the event catalogue.
 */
package cn.gov.tobacco.complaints.audit;
