/**
 * {@code Idempotency-Key} on POSTs that create something, with platform-common's store
 * under this service's namespace; and the pooled Redis connections it relies on.
 */
package cn.gov.tobacco.complaints.idempotency;
