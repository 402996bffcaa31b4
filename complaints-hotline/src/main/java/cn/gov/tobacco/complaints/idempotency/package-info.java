/**
 * {@code Idempotency-Key} on POSTs that create something: platform-data's store under
 * this service's namespace, its records in this service's PostgreSQL schema, and the job
 * that deletes them once expired.
 */
package cn.gov.tobacco.complaints.idempotency;
