package cn.gov.tobacco.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/**
 * The rules for correlation ids, shared by the gateway and the services.
 */
public final class CorrelationId {

	public static final String HEADER = "X-Correlation-Id";

	/** Name of the exchange attribute, the Reactor context key and the MDC key. */
	public static final String KEY = "correlationId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private CorrelationId() {
	}

	/** The caller's id when well-formed, otherwise a new one. */
	public static String acceptOrGenerate(String incoming) {
		return (incoming != null && WELL_FORMED.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

	/** The id of this exchange, or {@code null} before the filter ran. */
	public static String of(ServerWebExchange exchange) {
		String id = exchange.getAttribute(KEY);
		return (id != null) ? id : exchange.getRequest().getHeaders().getFirst(HEADER);
	}

}
