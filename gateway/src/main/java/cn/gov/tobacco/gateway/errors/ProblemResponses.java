package cn.gov.tobacco.gateway.errors;

import java.util.Locale;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.gateway.correlation.CorrelationId;

/**
 * Writes problems as {@code application/problem+json}. The error handler, the security
 * entry point and access-denied handler, and the gateway filters all answer through it.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json;

	public ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemKind kind) {
		return write(exchange, Problem.of(kind));
	}

	/**
	 * Writes a problem unless the response is already on its way.
	 * @param exchange the current exchange
	 * @param problem what to answer
	 * @return completes when the body is written
	 */
	public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		Locale locale = exchange.getLocaleContext().getLocale();
		byte[] body = this.json.writeValueAsBytes(
				problem.toBody(locale, exchange.getRequest().getPath().value(), CorrelationId.of(exchange)));
		response.setStatusCode(problem.kind().status());
		HttpHeaders headers = response.getHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLength(body.length);
		headers.set(HttpHeaders.CONTENT_LANGUAGE, Text.isEnglish(locale) ? "en" : "zh-CN");
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
