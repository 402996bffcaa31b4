package cn.gov.tobacco.gateway.correlation;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Runs before every other filter (security included) so that 401s, 403s and error pages
 * carry the id too. The id replaces the incoming header, so the services receive the
 * checked value, and is written on the response just before it is committed, whatever
 * produced it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdWebFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = CorrelationId.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
		ServerWebExchange withId = exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(CorrelationId.HEADER, id)))
			.build();
		withId.getAttributes().put(CorrelationId.KEY, id);
		ServerHttpResponse response = withId.getResponse();
		response.getHeaders().set(CorrelationId.HEADER, id);
		response.beforeCommit(() -> {
			response.getHeaders().set(CorrelationId.HEADER, id);
			return Mono.empty();
		});
		return chain.filter(withId).contextWrite((context) -> context.put(CorrelationId.KEY, id));
	}

}
