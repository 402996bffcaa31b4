/**
 * Keyset pagination: opaque cursors over (timestamp, id) and page-size rules shared by
 * every list endpoint.
 */
package cn.gov.tobacco.platform.paging;
