package cn.gov.tobacco.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The reactive CSRF token is created lazily, only when something subscribes to it; the
 * web frontend reads it from the {@code XSRF-TOKEN} cookie, so subscribe on every browser
 * request to have the cookie issued (once: an existing cookie is reused).
 */
final class CsrfCookieWebFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null || BearerRequests.isBearer(exchange.getRequest())) {
			return chain.filter(exchange);
		}
		return token.then(chain.filter(exchange));
	}

}
