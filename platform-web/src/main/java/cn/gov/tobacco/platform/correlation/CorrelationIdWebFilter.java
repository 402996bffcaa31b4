package cn.gov.tobacco.platform.correlation;

import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request a correlation id and makes it available to logging through the
 * Reactor context (automatic context propagation fills the MDC). Runs before every other
 * filter (security included) so that 401s, 403s and error pages carry the id too. The id
 * replaces the incoming header, so what is forwarded (the gateway's routes) or read later
 * is the checked value, and is written on the response just before it is committed,
 * whatever produced it (a proxied response included).
 */
public class CorrelationIdWebFilter implements WebFilter, Ordered {

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

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** Registered with Micrometer's context propagation so log lines carry the id. */
	public static final class MdcAccessor implements io.micrometer.context.ThreadLocalAccessor<String> {

		@Override
		public Object key() {
			return CorrelationId.KEY;
		}

		@Override
		public String getValue() {
			return MDC.get(CorrelationId.KEY);
		}

		@Override
		public void setValue(String value) {
			MDC.put(CorrelationId.KEY, value);
		}

		@Override
		public void setValue() {
			MDC.remove(CorrelationId.KEY);
		}

	}

}
