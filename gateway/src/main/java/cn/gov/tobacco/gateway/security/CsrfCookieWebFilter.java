package cn.gov.tobacco.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The reactive CSRF token is created lazily, only when something subscribes to it; the
 * web frontend reads it from the {@code XSRF-TOKEN} cookie, so subscribe on the requests
 * of a signed-in browser to have the cookie issued (once: an existing cookie is reused).
 * The token is only ever checked on requests carrying the session cookie
 * ({@link SessionCookieCsrfMatcher}), so anonymous and bearer requests get none: no
 * random token and no {@code Set-Cookie} on every public read. A browser has the session
 * cookie from the start of its sign-in, so its first page after signing in carries the
 * token before any write.
 */
final class CsrfCookieWebFilter implements WebFilter {

	private final WebSessionIdResolver sessionIds;

	CsrfCookieWebFilter(WebSessionIdResolver sessionIds) {
		this.sessionIds = sessionIds;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null || BearerRequests.isBearer(exchange.getRequest())
				|| this.sessionIds.resolveSessionIds(exchange).isEmpty()) {
			return chain.filter(exchange);
		}
		return token.then(chain.filter(exchange));
	}

}
