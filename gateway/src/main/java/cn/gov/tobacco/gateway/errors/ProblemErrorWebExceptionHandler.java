package cn.gov.tobacco.gateway.errors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.platform.correlation.CorrelationId;
import cn.gov.tobacco.platform.problem.Problem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.ProblemResponses;

/**
 * Answers every exception that reaches the web layer with a problem: no route (404),
 * backend refused or broke the connection (502), backend or session store down (503),
 * backend too slow (504). Runs before Spring Boot's default handler, which would render
 * its own error JSON.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private final ProblemResponses responses;

	ProblemErrorWebExceptionHandler(ProblemResponses responses) {
		this.responses = responses;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		Problem problem = ErrorClassifier.classify(ex);
		logged(exchange, problem, ex);
		if (ErrorClassifier.isRedisFailure(ex)) {
			// the browser keeps its session cookie and tries again: never a login loop
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, SignInUnavailablePage.RETRY_AFTER_SECONDS);
			if (SignInUnavailablePage.isNavigation(exchange)) {
				return SignInUnavailablePage.write(exchange);
			}
		}
		return this.responses.write(exchange, problem);
	}

	private static void logged(ServerWebExchange exchange, Problem problem, Throwable ex) {
		int status = problem.kind().status().value();
		String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
		// exception handlers run outside the web filters' Reactor context: set the MDC
		// here
		try (MDC.MDCCloseable id = MDC.putCloseable(CorrelationId.KEY, CorrelationId.of(exchange))) {
			if (problem.kind() == ProblemKind.INTERNAL) {
				log.error("Unhandled error on {}", request, ex);
			}
			else if (status >= 500) {
				log.warn("{} on {}: {}", status, request, ex.toString());
			}
			else {
				log.debug("{} on {}: {}", status, request, ex.toString());
			}
		}
	}

}
