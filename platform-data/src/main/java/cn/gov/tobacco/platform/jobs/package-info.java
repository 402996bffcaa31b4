/**
 * Scheduled jobs: one skeleton that spaces runs, logs every failure with the job's name
 * and counts it in {@code jobs_failed_total{job}}.
 */
package cn.gov.tobacco.platform.jobs;
