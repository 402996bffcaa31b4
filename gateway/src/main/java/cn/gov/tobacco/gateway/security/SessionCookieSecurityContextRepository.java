package cn.gov.tobacco.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The signed-in user of a browser lives in its session; only a request carrying the
 * session cookie, and no bearer token, can have one. Anonymous and bearer requests (the
 * bulk of the traffic: public reads, API clients) skip the session entirely: no session
 * object created, no Redis lookup. A bearer request is authenticated by its token or
 * refused, never as the session's user ({@link BearerRequests}). Saving (at sign-in)
 * always goes to the session.
 */
final class SessionCookieSecurityContextRepository implements ServerSecurityContextRepository {

	private final ServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

	private final WebSessionIdResolver sessionIds;

	SessionCookieSecurityContextRepository(WebSessionIdResolver sessionIds) {
		this.sessionIds = sessionIds;
	}

	@Override
	public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
		return this.sessions.save(exchange, context);
	}

	@Override
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		if (BearerRequests.isBearer(exchange.getRequest()) || this.sessionIds.resolveSessionIds(exchange).isEmpty()) {
			return Mono.empty();
		}
		return this.sessions.load(exchange);
	}

}
