/**
 * Who the caller is: OAuth2 login as a backend-for-frontend (tokens stay in the Redis
 * session), bearer tokens for API clients, CSRF for cookie-authenticated requests, logout
 * at the identity provider, and {@code GET /api/me}.
 */
package cn.gov.tobacco.gateway.security;
