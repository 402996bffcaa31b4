package cn.gov.tobacco.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls to the issuer under test, without following redirects.
 */
final class Http {

	private static final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private Http() {
	}

	static HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET().build());
	}

	static HttpResponse<String> getPage(URI uri) {
		return send(HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(15))
			.header("Accept", "text/html,application/xhtml+xml")
			.GET()
			.build());
	}

	static HttpResponse<String> get(URI uri, String bearerToken) {
		return send(HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(15))
			.header("Authorization", "Bearer " + bearerToken)
			.GET()
			.build());
	}

	static JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
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
