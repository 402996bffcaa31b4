/**
 * Record keeping wired for this service on platform-data: the hash-chained, append-only
 * audit log per case (with the verification of entries written before migration V3) and
 * the outbox, its publisher and the routes of events to other services.
 */
package cn.gov.tobacco.complaints.audit;
