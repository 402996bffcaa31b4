package cn.gov.tobacco.gateway.errors;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One occurrence of a problem: its kind and a detail for the caller.
 *
 * @param kind the stable kind
 * @param detail what went wrong, safe to show (never an exception message)
 */
public record Problem(ProblemKind kind, Text detail) {

	public static Problem of(ProblemKind kind) {
		return new Problem(kind, kind.defaultDetail());
	}

	/**
	 * The JSON members in the caller's language.
	 * @param locale the caller's locale
	 * @param instance the request path
	 * @param correlationId the request's correlation id, may be {@code null}
	 * @return the members in RFC 9457 order
	 */
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
		return body;
	}

}
