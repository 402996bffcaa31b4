package cn.gov.tobacco.testing;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code application/x-www-form-urlencoded} bodies and query strings.
 */
final class FormEncoding {

	private FormEncoding() {
	}

	static String encode(Map<String, String> parameters) {
		StringJoiner form = new StringJoiner("&");
		parameters.forEach((name, value) -> form.add(encode(name) + "=" + encode(value)));
		return form.toString();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static Map<String, String> parse(String rawQuery) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			for (String pair : rawQuery.split("&")) {
				int eq = pair.indexOf('=');
				String name = (eq < 0) ? pair : pair.substring(0, eq);
				String value = (eq < 0) ? "" : pair.substring(eq + 1);
				parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
						URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

}
