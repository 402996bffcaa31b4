/**
 * The hash-chained, append-only audit log per case and the outbox, written in the same
 * transaction as the change they record. Stand-ins until platform-common's
 * {@code AuditChain} and {@code Outbox} exist.
 */
package cn.gov.tobacco.complaints.audit;
