/**
 * Rate limits on anonymous public endpoints: the key (the client's address); the limits
 * themselves are {@code RequestRateLimiter} filters on routes in {@code application.yml}.
 */
package cn.gov.tobacco.gateway.ratelimit;
