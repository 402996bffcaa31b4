package cn.gov.tobacco.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that asks for HTML and does not follow redirects, for the
 * flows {@code OidcLogin} does not cover (the gateway's confidential client, logout).
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	HttpResponse<String> get(URI uri) {
		return send(request(uri).header("Accept", "text/html").GET().build());
	}

	HttpResponse<String> post(URI uri, Map<String, String> form, String authorization) {
		HttpRequest.Builder request = request(uri).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	/**
	 * Signs in on the login page at {@code loginPage}; answers where the issuer sends us
	 * next.
	 */
	URI signIn(URI loginPage, String username, String password) {
		Matcher csrf = CSRF.matcher(get(loginPage).body());
		if (!csrf.find()) {
			throw new IllegalStateException("no _csrf on " + loginPage);
		}
		HttpResponse<String> response = post(loginPage.resolve("/login"),
				Map.of("username", username, "password", password, "_csrf", csrf.group(1)), null);
		return location(loginPage, response);
	}

	static URI location(URI base, HttpResponse<String> response) {
		return base.resolve(response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("HTTP " + response.statusCode() + " without a redirect")));
	}

	static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
