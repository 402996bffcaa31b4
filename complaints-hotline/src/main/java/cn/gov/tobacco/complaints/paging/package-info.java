/**
 * Keyset paging shared by every list: opaque cursors, explicit limits with a documented
 * default and maximum, and true totals.
 */
package cn.gov.tobacco.complaints.paging;
