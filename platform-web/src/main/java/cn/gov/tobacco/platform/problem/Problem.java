package cn.gov.tobacco.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A problem ready to render: its kind, a detail and field errors.
 *
 * @param kind the stable kind
 * @param detail what went wrong in this occurrence
 * @param fieldProblems fields that failed validation, if any
 * @param properties extra members, e.g. {@code missingDocuments}
 */
public record Problem(ProblemKind kind, Text detail, List<FieldProblem> fieldProblems, Map<String, Object> properties) {

	public static Problem of(ProblemKind kind, Text detail) {
		return new Problem(kind, detail, List.of(), Map.of());
	}

	/** The JSON members of this problem in the caller's language. */
	public Map<String, Object> toBody(Locale locale, String instance, String correlationId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", this.kind.type().toString());
		body.put("title", this.kind.title().in(locale));
		body.put("status", this.kind.status().value());
		body.put("detail", this.detail.in(locale));
		body.put("instance", instance);
		if (correlationId != null) {
			body.put("correlationId", correlationId);
		}
		if (!this.fieldProblems.isEmpty()) {
			body.put("errors",
					this.fieldProblems.stream()
						.map((p) -> Map.of("field", p.field(), "message", p.message().in(locale)))
						.toList());
		}
		this.properties.forEach(body::putIfAbsent);
		return body;
	}

}
