package cn.gov.tobacco.testing;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the gateway answered to a {@link GatewaySession} request.
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the response body, empty when there was none
 */
public record GatewayResponse(int status, HttpHeaders headers, byte[] body) {

	/** The body decoded as UTF-8 (JSON, problem details, HTML). */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/** The first value of a header. */
	public Optional<String> header(String name) {
		return this.headers.firstValue(name);
	}

	/** The {@code Content-Type} header, or an empty string. */
	public String contentType() {
		return header("Content-Type").orElse("");
	}

	@Override
	public String toString() {
		String text = bodyAsString();
		return "HTTP " + this.status + " " + contentType() + " "
				+ ((text.length() > 500) ? text.substring(0, 500) + "…" : text);
	}

}
