/**
 * The Redis client shared by sessions and rate limits, tuned to fail fast when Redis is
 * away instead of queueing requests.
 */
package cn.gov.tobacco.gateway.redis;
