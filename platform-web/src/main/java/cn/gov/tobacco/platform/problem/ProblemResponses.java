package cn.gov.tobacco.platform.problem;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.platform.correlation.CorrelationId;

/**
 * Writes problems as {@code application/problem+json}, with {@code Content-Language}
 * saying which of the two languages the texts are in; used by the exception handlers, the
 * security entry points and the gateway's filters, so every error of the platform looks
 * the same.
 */
public class ProblemResponses {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	private final JsonMapper json;

	public ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	public Mono<Void> write(ServerWebExchange exchange, Throwable ex) {
		Problem problem = ProblemMapper.map(ex);
		if (problem.kind() == ProblemKind.INTERNAL) {
			log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
					ex);
		}
		else if (problem.kind().status().is5xxServerError()) {
			log.warn("Dependency failure on {}: {}", exchange.getRequest().getPath(), ex.toString());
		}
		return write(exchange, problem);
	}

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
