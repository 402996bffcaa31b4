/**
 * The gateway's shared cache (RFC 9111) for the public reads anonymous callers make most.
 */
package cn.gov.tobacco.gateway.cache;
