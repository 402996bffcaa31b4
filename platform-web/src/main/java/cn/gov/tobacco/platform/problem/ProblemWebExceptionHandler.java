package cn.gov.tobacco.platform.problem;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Runs before Spring Boot's default error handler and answers every exception that
 * reaches the web layer with problem details.
 */
@Order(-2)
public class ProblemWebExceptionHandler implements WebExceptionHandler {

	private final ProblemResponses responses;

	public ProblemWebExceptionHandler(ProblemResponses responses) {
		this.responses = responses;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		return this.responses.write(exchange, ex);
	}

}
