/**
 * Figures for supervisors: cases by kind, category, district and week, overdue rate,
 * satisfaction rate and median time to answer, within their subtree.
 */
package cn.gov.tobacco.complaints.statistics;
