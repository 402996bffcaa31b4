/**
 * Licensing statistics for the bureau's staff: applications received and decided by type
 * and scope item, and the active licenses by item, per district of the caller's subtree.
 */
package cn.gov.tobacco.licensing.statistics;
