/**
 * {@code Idempotency-Key} on POSTs that create something: the same key and content return
 * the first result; other content is refused; a request still running is refused.
 */
package cn.gov.tobacco.complaints.idempotency;
