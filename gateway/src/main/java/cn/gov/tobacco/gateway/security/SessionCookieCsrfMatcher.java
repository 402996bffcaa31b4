package cn.gov.tobacco.gateway.security;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * CSRF protection is needed where the browser adds credentials on its own: an unsafe
 * request carrying the session cookie. A request with an {@code Authorization} header
 * authenticates with that header (a cross-site page cannot set it), and a request with
 * neither is anonymous and has nothing to forge.
 */
final class SessionCookieCsrfMatcher implements ServerWebExchangeMatcher {

	private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	private final WebSessionIdResolver sessionIds;

	SessionCookieCsrfMatcher(WebSessionIdResolver sessionIds) {
		this.sessionIds = sessionIds;
	}

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		boolean unsafe = !SAFE.contains(request.getMethod());
		boolean sessionCookie = !this.sessionIds.resolveSessionIds(exchange).isEmpty();
		boolean authorizationHeader = request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		return (unsafe && sessionCookie && !authorizationHeader) ? MatchResult.match() : MatchResult.notMatch();
	}

}
