/**
 * Record keeping for this service: {@link cn.gov.tobacco.licensing.audit.RecordKeeper}
 * (an audit entry and its event in one call) and the event catalogue, on platform-data's
 * record keeping (audit chain, outbox and its publisher, idempotency store and their
 * jobs, configured under {@code platform.*} in application.yml).
 */
package cn.gov.tobacco.licensing.audit;
