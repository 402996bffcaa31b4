/**
 * Post-verification (事后核查) of committed applications: the site check scheduled on
 * approval, its findings, the consequences of a false commitment, and the overdue flag.
 */
package cn.gov.tobacco.licensing.postverification;
