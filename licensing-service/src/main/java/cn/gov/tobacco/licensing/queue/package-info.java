/**
 * The clerks' work queue: every open item in the caller's jurisdiction subtree, most at
 * risk first, filtered, searched and keyset-paged with the true total.
 */
package cn.gov.tobacco.licensing.queue;
