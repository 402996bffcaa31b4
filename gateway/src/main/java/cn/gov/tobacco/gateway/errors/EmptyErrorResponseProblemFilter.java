package cn.gov.tobacco.gateway.errors;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.platform.problem.ProblemResponses;

/**
 * Some gateway filters refuse a request by setting a status and completing the response
 * without a body: {@code RequestSize} (413), {@code RequestRateLimiter} (429, or 403 for
 * a missing key). This filter wraps the response so that such a refusal becomes a
 * problem. Proxied backend responses are written with a body publisher and pass through
 * untouched.
 */
@Component
class EmptyErrorResponseProblemFilter implements GlobalFilter, Ordered {

	private final ProblemResponses responses;

	EmptyErrorResponseProblemFilter(ProblemResponses responses) {
		this.responses = responses;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ProblemOnCompleteResponse response = new ProblemOnCompleteResponse(exchange.getResponse());
		ServerWebExchange decorated = exchange.mutate().response(response).build();
		response.exchange = decorated;
		return chain.filter(decorated);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private final class ProblemOnCompleteResponse extends ServerHttpResponseDecorator {

		private ServerWebExchange exchange;

		ProblemOnCompleteResponse(ServerHttpResponse delegate) {
			super(delegate);
		}

		@Override
		public Mono<Void> setComplete() {
			HttpStatusCode status = getStatusCode();
			if (status == null || !status.isError() || isCommitted()) {
				return super.setComplete();
			}
			// RequestSize explains itself in a non-standard header; the problem says it
			getHeaders().remove("errorMessage");
			return EmptyErrorResponseProblemFilter.this.responses.write(this.exchange,
					EdgeProblems.of(EdgeProblems.forStatus(status.value())));
		}

	}

}
