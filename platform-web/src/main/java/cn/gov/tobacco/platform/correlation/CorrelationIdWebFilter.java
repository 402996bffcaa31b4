package cn.gov.tobacco.platform.correlation;

import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request a correlation id, returns it on the response and makes it available
 * to logging through the Reactor context (automatic context propagation fills the MDC).
 */
public class CorrelationIdWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = CorrelationId.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
		exchange.getAttributes().put(CorrelationId.KEY, id);
		exchange.getResponse().getHeaders().set(CorrelationId.HEADER, id);
		return chain.filter(exchange).contextWrite((context) -> context.put(CorrelationId.KEY, id));
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
