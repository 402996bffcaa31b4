/**
 * The hash-chained, append-only audit log per aggregate (数据不可更改): each entry holds the
 * SHA-256 of the previous one, written in the transaction of the change it records.
 */
package cn.gov.tobacco.platform.audit;
