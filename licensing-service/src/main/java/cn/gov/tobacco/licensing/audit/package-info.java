/**
 * Record keeping wired for this service: the audit chain, the outbox and its publisher,
 * and the Redis idempotency store, all from platform-common.
 */
package cn.gov.tobacco.licensing.audit;
