package cn.gov.tobacco.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/**
 * The rules for correlation ids, shared by the gateway and the services.
 */
public final class CorrelationId {

	/** The request and response header. */
	public static final String HEADER = "X-Correlation-Id";

	/** Name of the exchange attribute, the Reactor context key and the MDC key. */
	public static final String KEY = "correlationId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private CorrelationId() {
	}

	/**
	 * Whether a caller-supplied id may be reused.
	 * @param candidate the incoming header value, may be {@code null}
	 * @return {@code true} for 8 to 64 characters of {@code A-Z a-z 0-9 . _ -}
	 */
	public static boolean isWellFormed(String candidate) {
		return candidate != null && WELL_FORMED.matcher(candidate).matches();
	}

	/** The caller's id when well-formed, otherwise a new random one. */
	public static String acceptOrGenerate(String incoming) {
		return isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
	}

	/** The id of this exchange, or {@code null} before the filter ran. */
	public static String of(ServerWebExchange exchange) {
		String id = exchange.getAttribute(KEY);
		return (id != null) ? id : exchange.getRequest().getHeaders().getFirst(HEADER);
	}

}
