/**
 * Record keeping as one capability: the auto-configuration that builds every service's
 * audit chain, outbox, outbox publisher and idempotency store from properties, and the
 * jobs that publish the outbox and expire idempotency records.
 */
package cn.gov.tobacco.platform.recordkeeping;
