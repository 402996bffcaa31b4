package cn.gov.tobacco.complaints;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.gov.tobacco.testing.ArmedBlockHound;
import cn.gov.tobacco.testing.OidcLogin;

/**
 * Starts the application against the real PostgreSQL ({@code tobacco_test}), Redis, S3
 * server and OIDC issuer on localhost. Each test creates the data it needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
public abstract class IntegrationTestSupport {

	public static final String PASSWORD = "Demo@2026";

	static {
		ArmedBlockHound.install();
	}

	@Autowired
	protected WebTestClient http;

	protected WebTestClient client() {
		return this.http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	/** A bearer token of a demo account from the real issuer. */
	protected static String tokenOf(String username) {
		return Tokens.of(username);
	}

	/**
	 * A report as a citizen's form sends it, optionally with a file: a
	 * {@code NewReportDto}, or raw JSON text sent as it is.
	 */
	protected static MultipartBodyBuilder report(Object reportJson, byte[] photo, String filename) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("report", reportJson, MediaType.APPLICATION_JSON);
		if (photo != null) {
			body.part("photo", new ByteArrayResource(photo)).filename(filename);
		}
		return body;
	}

	protected WebTestClient.ResponseSpec file(Object reportJson, byte[] photo, String filename,
			Map<String, String> headers) {
		return client().post()
			.uri("/api/complaints/public/reports")
			.headers((h) -> headers.forEach(h::add))
			.body(BodyInserters.fromMultipartData(report(reportJson, photo, filename).build()))
			.exchange();
	}

	/** Tokens are cached per user for the test run: signing in is slow. */
	static final class Tokens {

		private static final Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

		static String of(String username) {
			return CACHE.computeIfAbsent(username, (user) -> OidcLogin.forIssuer().login(user, PASSWORD).accessToken());
		}

	}

}
