package cn.gov.tobacco.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/**
 * The rules for correlation ids (the same as the services' in {@code platform-common}).
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

	/**
	 * The caller's id when well-formed, otherwise a new random one.
	 * @param incoming the incoming header value, may be {@code null}
	 * @return the id to use for this request
	 */
	public static String acceptOrGenerate(String incoming) {
		return isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
	}

	/**
	 * The id of an exchange.
	 * @param exchange the current exchange
	 * @return the id chosen by the filter, or {@code null} before it ran
	 */
	public static String of(ServerWebExchange exchange) {
		return exchange.getAttribute(KEY);
	}

}
