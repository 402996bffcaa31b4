/**
 * Record keeping wired for this service: the audit chain, the outbox and its publisher,
 * and the idempotency store (PostgreSQL, in the transaction of the write) with its expiry
 * job, all from platform-data.
 */
package cn.gov.tobacco.licensing.audit;
