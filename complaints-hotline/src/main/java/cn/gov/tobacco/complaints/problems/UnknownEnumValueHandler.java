package cn.gov.tobacco.complaints.problems;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.Problem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.ProblemResponses;
import cn.gov.tobacco.platform.problem.Text;

/**
 * An unknown enum value in a JSON body: the generated DTO enums reject it in their
 * {@code @JsonCreator}, which Jackson reports as a {@link ValueInstantiationException}
 * that platform-common maps to a bare "malformed JSON". This answers it as a field error
 * listing the allowed values. Runs just before platform-common's handler.
 */
@Component
@Order(-3)
class UnknownEnumValueHandler implements WebExceptionHandler {

	private final ProblemResponses responses;

	UnknownEnumValueHandler(ProblemResponses responses) {
		this.responses = responses;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ValueInstantiationException value = find(ex);
		if (value == null || value.getType() == null || !value.getType().isEnumType()
				|| exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		String allowed = Arrays.stream(value.getType().getRawClass().getEnumConstants())
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		String field = value.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		return this.responses.write(exchange,
				new Problem(ProblemKind.VALIDATION, Text.of("字段取值不在允许范围内", "A field has a value that is not allowed"),
						List.of(FieldProblem.of(field, "取值无效，可选：" + allowed, "unknown value; allowed: " + allowed)),
						Map.of()));
	}

	private static ValueInstantiationException find(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof ValueInstantiationException v) {
				return v;
			}
		}
		return null;
	}

}
