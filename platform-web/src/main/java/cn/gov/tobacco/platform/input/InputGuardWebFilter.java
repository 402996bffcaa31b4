package cn.gov.tobacco.platform.input;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request whose path, query parameters (names or values, after decoding, so
 * {@code %00} counts) or header values carry a control character, with a 400 problem
 * naming the parameter. Runs right after the correlation id, before authentication, so no
 * such value reaches a controller or the database.
 */
public class InputGuardWebFilter implements WebFilter, Ordered {

	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (ControlCharacters.inValue(request.getPath().pathWithinApplication().value())
				|| ControlCharacters.inValue(decodedPath(request))) {
			return Mono.error(ControlCharacters.rejected("path"));
		}
		for (Map.Entry<String, List<String>> parameter : request.getQueryParams().entrySet()) {
			String name = parameter.getKey();
			if (ControlCharacters.inValue(name)) {
				return Mono.error(ControlCharacters.rejected("query"));
			}
			for (String value : parameter.getValue()) {
				if (value != null && ControlCharacters.inValue(value)) {
					return Mono.error(ControlCharacters.rejected(name));
				}
			}
		}
		for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
			for (String value : header.getValue()) {
				if (value != null && hasControlOtherThanTab(value)) {
					return Mono.error(ControlCharacters.rejected(header.getKey()));
				}
			}
		}
		return chain.filter(exchange);
	}

	/** The path with its percent-escapes decoded ({@code /a%00b} → NUL). */
	private static String decodedPath(ServerHttpRequest request) {
		try {
			return org.springframework.web.util.UriUtils.decode(request.getURI().getRawPath(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	private static boolean hasControlOtherThanTab(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && c != '\t') {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
