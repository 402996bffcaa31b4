/**
 * {@code Idempotency-Key} on POSTs that create something, remembered in the service's
 * PostgreSQL schema in the same transaction as the write: the same key and content return
 * the first result; other content is 422; a request still running is 409.
 */
package cn.gov.tobacco.platform.idempotency;
