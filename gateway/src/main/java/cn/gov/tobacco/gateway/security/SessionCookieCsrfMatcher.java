package cn.gov.tobacco.gateway.security;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * CSRF protection is needed where the browser adds credentials on its own: an unsafe
 * request carrying the session cookie. Only a well-formed bearer request is exempt: it is
 * authenticated by its token or refused with 401, never as the session's user (a
 * cross-site page cannot set the header). Any other {@code Authorization} header
 * ({@code Basic}, empty) authenticates nothing, so the session would, and CSRF is
 * required. A request without the cookie is anonymous and has nothing to forge.
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
		return (unsafe && sessionCookie && !BearerRequests.isBearer(request)) ? MatchResult.match()
				: MatchResult.notMatch();
	}

}
