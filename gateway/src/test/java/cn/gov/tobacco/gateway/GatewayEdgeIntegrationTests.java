package cn.gov.tobacco.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.platform.correlation.CorrelationIdWebFilter;
import cn.gov.tobacco.platform.input.InputGuardWebFilter;
import cn.gov.tobacco.platform.input.StreamingMultipartWebFilter;
import cn.gov.tobacco.platform.problem.ProblemWebExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in-process against the real Redis, with licensing routed to a stand-in
 * backend and complaints to a closed port. Needs no identity provider: nothing here
 * verifies a signature.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayEdgeIntegrationTests {

	static final EchoBackend backend = EchoBackend.start();

	static final Path frontend = frontendWithIndex();

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("LICENSING_URI", backend::uri);
		registry.add("COMPLAINTS_URI", () -> "http://127.0.0.1:" + EchoBackend.closedPort());
		registry.add("GATEWAY_MAX_REQUEST_SIZE", () -> "1KB");
		registry.add("PUBLIC_RATE_LIMIT_PER_SECOND", () -> "1");
		registry.add("PUBLIC_RATE_LIMIT_BURST", () -> "1");
		registry.add("WEB_FRONTEND_DIR", () -> frontend.toUri().toString());
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ApplicationContext context;

	WebTestClient client;

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		backend.reset();
	}

	@Test
	void anonymousMeIsAnUnauthorizedProblemWithACorrelationId() {
		this.client.get()
			.uri("/api/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value("X-Correlation-Id", (id) -> assertThat(id).matches("[A-Za-z0-9._-]{8,64}"))
			.expectHeader()
			.doesNotExist(HttpHeaders.LOCATION)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.title")
			.isEqualTo("需要登录")
			.jsonPath("$.instance")
			.isEqualTo("/api/me")
			.jsonPath("$.correlationId")
			.isNotEmpty();
	}

	@Test
	void unknownRouteIsANotFoundProblemInEnglishWhenAsked() {
		this.client.get()
			.uri("/api/nowhere/42")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.header(HttpHeaders.ACCEPT, "text/html")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found")
			.jsonPath("$.title")
			.isEqualTo("Not found");
	}

	@Test
	void closedBackendPortIsABadGatewayProblemWithoutInternals() {
		EntityExchangeResult<String> result = this.client.get()
			.uri("/api/complaints/cases")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(502, 503))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult();
		assertThat(result.getResponseBody()).contains("\"type\":\"/problems/bad-gateway\"")
			.doesNotContain("Exception")
			.doesNotContain("127.0.0.1");
		assertThat(result.getResponseHeaders().getFirst("X-Correlation-Id")).isNotBlank();
	}

	@Test
	void wellFormedCorrelationIdIsEchoedAndForwarded() {
		this.client.get()
			.uri("/api/licensing/public/verify/ZJ1")
			.header("X-Correlation-Id", "it-corr.0001_abc")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Correlation-Id", "it-corr.0001_abc");
		assertThat(backend.last().header("X-Correlation-Id")).isEqualTo("it-corr.0001_abc");
	}

	@Test
	void callersTraceContextIsContinuedDownstream() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		this.client.get()
			.uri("/api/licensing/public/verify/ZJ1")
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus()
			.isOk();
		String downstream = backend.last().header("traceparent");
		assertThat(downstream).as("W3C trace context sent to the service")
			.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
		assertThat(downstream.split("-")[1]).as("same trace").isEqualTo(traceId);
		assertThat(downstream.split("-")[2]).as("the gateway's own span is the parent")
			.isNotEqualTo("00f067aa0ba902b7");
	}

	@Test
	void requestsWithoutTraceContextStartATrace() {
		this.client.get().uri("/api/licensing/public/verify/ZJ1").exchange().expectStatus().isOk();
		assertThat(backend.last().header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
	}

	@Test
	void internalServiceEndpointsAreNotReachableThroughTheEdge() {
		this.client.post()
			.uri("/api/licensing/internal/credit-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri(URI.create("http://localhost:" + this.port + "/api/licensing/%69nternal/credit-events"))
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(backend.last()).as("nothing reached the service").isNull();
	}

	@Test
	void malformedCorrelationIdIsReplacedOnResponseAndDownstream() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/licensing/public/verify/ZJ1")
			.header("X-Correlation-Id", "bad id!")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		String id = result.getResponseHeaders().getFirst("X-Correlation-Id");
		assertThat(id).isNotEqualTo("bad id!").matches("[A-Za-z0-9._-]{8,64}");
		assertThat(backend.last().header("X-Correlation-Id")).isEqualTo(id);
	}

	@Test
	void correlationIdIsOnErrorResponsesToo() {
		this.client.get()
			.uri("/api/me")
			.header("X-Correlation-Id", "it-corr-unauthorized")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("X-Correlation-Id", "it-corr-unauthorized")
			.expectBody()
			.jsonPath("$.correlationId")
			.isEqualTo("it-corr-unauthorized");
	}

	@Test
	void anonymousRequestsPassThroughWithoutCredentialsOrCookies() {
		this.client.post()
			.uri("/api/licensing/public/anything")
			.cookie("unrelated", "x")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(backend.last().method()).isEqualTo("POST");
		assertThat(backend.last().header("Authorization")).isNull();
		assertThat(backend.last().header("Cookie")).isNull();
	}

	@Test
	void callersOwnBearerTokenThatDoesNotParseIsRefused() {
		this.client.get()
			.uri("/api/licensing/applications")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthorized");
		assertThat(backend.last()).isNull();
	}

	@Test
	void sessionCookieWithoutCsrfHeaderIsRefused() {
		this.client.post()
			.uri("/api/licensing/applications")
			.cookie("SESSION", "00000000-0000-0000-0000-000000000000")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/csrf");
		assertThat(backend.last()).isNull();
	}

	@Test
	void sessionCookieWithMatchingCsrfHeaderPasses() {
		this.client.post()
			.uri("/api/licensing/applications")
			.cookie("SESSION", "00000000-0000-0000-0000-000000000000")
			.cookie("XSRF-TOKEN", "csrf-token-value")
			.header("X-XSRF-TOKEN", "csrf-token-value")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(backend.last().header("X-XSRF-TOKEN")).isEqualTo("csrf-token-value");
	}

	@Test
	void getsOfABrowserWithASessionIssueTheXsrfCookieReadableByScripts() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/licensing/public/verify/ZJ1")
			.cookie("SESSION", "00000000-0000-0000-0000-000000000000")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		assertThat(result.getResponseCookies().getFirst("XSRF-TOKEN")).isNotNull()
			.satisfies((cookie) -> assertThat(cookie.isHttpOnly()).isFalse());
	}

	@Test
	void anonymousAndBearerGetsGetNeitherAnXsrfNorASessionCookie() {
		EntityExchangeResult<byte[]> anonymous = this.client.get()
			.uri("/api/licensing/public/verify/ZJ1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		assertThat(anonymous.getResponseCookies()).doesNotContainKeys("XSRF-TOKEN", "SESSION");
		assertThat(anonymous.getResponseHeaders().getFirst("X-Correlation-Id")).isNotBlank();
		// a bearer request carrying a session cookie too is still not a session request
		EntityExchangeResult<byte[]> bearer = this.client.get()
			.uri("/api/licensing/public/verify/ZJ1")
			.cookie("SESSION", "00000000-0000-0000-0000-000000000000")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-checked-on-a-public-read")
			.exchange()
			.expectBody()
			.returnResult();
		assertThat(bearer.getResponseCookies()).doesNotContainKeys("XSRF-TOKEN", "SESSION");
	}

	/**
	 * A part of a resumable upload passes as it came: raw bytes with their Content-Length
	 * (the service needs it to stream the part to S3), neither buffered nor chunked.
	 */
	@Test
	void aResumableUploadPartReachesTheServiceWithItsContentLength() {
		this.client.put()
			.uri("/api/licensing/applications/5f0c6a3e-0000-4000-8000-000000000001/uploads/"
					+ "5f0c6a3e-0000-4000-8000-000000000002/parts/1")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[1000])
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(backend.last().method()).isEqualTo("PUT");
		assertThat(backend.last().path()).endsWith("/parts/1");
		assertThat(backend.last().header("Content-Length")).isEqualTo("1000");
		assertThat(backend.last().header("Transfer-Encoding")).isNull();
		assertThat(backend.last().bodyLength()).isEqualTo(1000);
	}

	/**
	 * The services' own edge (platform-web's {@code ServiceWebAutoConfiguration}: their
	 * exception handler, input guards and streaming multipart reader) is not installed
	 * here, only the shared correlation-id filter: a form passes to the service as it
	 * came, control character included, and the service applies its rules.
	 */
	@Test
	void aMultipartFormPassesToTheServiceAsItCame() {
		assertThat(this.context.getBeansOfType(InputGuardWebFilter.class)).isEmpty();
		assertThat(this.context.getBeansOfType(StreamingMultipartWebFilter.class)).isEmpty();
		assertThat(this.context.getBeansOfType(ProblemWebExceptionHandler.class)).isEmpty();
		assertThat(this.context.getBeansOfType(CorrelationIdWebFilter.class)).hasSize(1);
		byte[] form = ("--b0undary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nline\u0001\r\n"
				+ "--b0undary--\r\n")
			.getBytes(StandardCharsets.UTF_8);
		this.client.post()
			.uri("/api/licensing/public/anything")
			.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=b0undary")
			.bodyValue(form)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(backend.last().header("Content-Type")).isEqualTo("multipart/form-data; boundary=b0undary");
		assertThat(backend.last().bodyLength()).isEqualTo(form.length);
	}

	@Test
	void bodyOverTheLimitIsAPayloadTooLargeProblem() {
		this.client.post()
			.uri("/api/licensing/documents")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[2048])
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.doesNotExist("errorMessage")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payload-too-large");
		assertThat(backend.last()).isNull();
	}

	@Test
	void publicPostsAreRateLimitedPerClientAddress() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 5 && !statuses.contains(429); i++) {
			EntityExchangeResult<String> result = this.client.post()
				.uri("/api/complaints/public/reports")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectBody(String.class)
				.returnResult();
			statuses.add(result.getStatus().value());
			if (result.getStatus().value() == 429) {
				assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(result.getResponseBody()).contains("\"type\":\"/problems/rate-limited\"");
			}
		}
		assertThat(statuses).contains(429);
	}

	@Test
	void loginStartsAtTheIssuerWithPkce() {
		this.client.get()
			.uri("/oauth2/authorization/identity")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.value(HttpHeaders.LOCATION,
					(location) -> assertThat(location).startsWith("http://localhost:9000/oauth2/authorize?")
						.contains("client_id=gateway")
						.contains("code_challenge_method=S256")
						.contains("redirect_uri=http://localhost:" + this.port + "/login/oauth2/code/identity"))
			.expectCookie()
			.httpOnly("SESSION", true)
			.expectCookie()
			.sameSite("SESSION", "Lax");
	}

	@Test
	void frontendRoutesFallBackToTheIndexPage() {
		this.client.get()
			.uri("/verify/ZJ3301060001")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("portal-index"));
	}

	@Test
	void healthAndPrometheusAreServedOnTheManagementPortOnly() {
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		assertThat(this.managementPort).isNotEqualTo(this.port);
		management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		management.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((text) -> assertThat(text).contains("jvm_memory_used_bytes"));

		for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator")) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody(String.class)
				.value((text) -> assertThat(text).doesNotContain("jvm_"));
		}
	}

	@Test
	void frontendPagesCarryAContentSecurityPolicyAndAPermissionsPolicy() {
		this.client.get()
			.uri("/verify/YC330106")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy",
					(csp) -> assertThat(csp).contains("default-src 'self'")
						.contains("script-src 'self'")
						.doesNotContain("script-src 'self' 'unsafe")
						.contains("object-src 'none'")
						.contains("frame-ancestors 'none'")
						.containsPattern("form-action 'self' https?://[^ ;]+"))
			.expectHeader()
			.value("Permissions-Policy",
					(policy) -> assertThat(policy).contains("camera=(self)")
						.contains("geolocation=(self)")
						.contains("microphone=()"))
			.expectHeader()
			.valueEquals("Referrer-Policy", "same-origin")
			.expectHeader()
			.value("Content-Security-Policy",
					(csp) -> assertThat(csp).contains("img-src 'self' data: blob: https://tile.openstreetmap.org"));
	}

	/**
	 * API calls without a session cookie go through the gateway's stateless chain: the
	 * same browser headers and problem answers as the session's chain.
	 */
	@Test
	void apiCallsWithoutASessionGetTheSameHeadersAndProblems() {
		for (String cookie : new String[] { null, "00000000-0000-0000-0000-000000000000" }) {
			var read = this.client.get().uri("/api/licensing/public/verify/ZJ1");
			if (cookie != null) {
				read = read.cookie("SESSION", cookie);
			}
			read.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.value("Content-Security-Policy", (csp) -> assertThat(csp).contains("default-src 'self'"))
				.expectHeader()
				.value("Permissions-Policy", (policy) -> assertThat(policy).contains("microphone=()"))
				.expectHeader()
				.valueEquals("Referrer-Policy", "same-origin")
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff");
			var me = this.client.get().uri("/api/me");
			if (cookie != null) {
				me = me.cookie("SESSION", cookie);
			}
			me.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueEquals("Referrer-Policy", "same-origin");
		}
	}

	@Test
	void hashedAssetsAreCachedForAYearAndTheIndexIsRevalidated() {
		this.client.get()
			.uri("/assets/index-3f9a1c7e.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "public, max-age=31536000, immutable")
			.expectHeader()
			.doesNotExist("Pragma")
			.expectHeader()
			.doesNotExist("Expires");
		for (String page : List.of("/index.html", "/verify/ZJ3301060001")) {
			this.client.get()
				.uri(page)
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("Cache-Control", "no-cache")
				.expectHeader()
				.exists("Last-Modified");
		}
		// the gateway's own answers keep Spring Security's no-store
		this.client.get()
			.uri("/api/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value("Cache-Control", (value) -> assertThat(value).contains("no-store"));
		// a missing asset is not cached for a year
		this.client.get()
			.uri("/assets/gone-00000000.js")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.value("Cache-Control", (value) -> assertThat(value).doesNotContain("immutable"));
	}

	@Test
	void textIsCompressedWithBrotliOrGzipAsTheBrowserAccepts() throws Exception {
		// java.net.http sends Accept-Encoding as given and does not decode (Reactor
		// Netty's client drops the header unless it compresses itself)
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		for (String encoding : List.of("br", "gzip", "identity")) {
			java.net.http.HttpResponse<byte[]> response = http.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/assets/index-3f9a1c7e.js"))
				.header("Accept-Encoding", encoding)
				.timeout(Duration.ofSeconds(20))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			if (encoding.equals("identity")) {
				assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
				assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("export const portal");
			}
			else {
				assertThat(response.headers().firstValue("Content-Encoding")).as(encoding).hasValue(encoding);
				assertThat(response.body().length).as("compressed size").isLessThan(1000);
			}
		}
	}

	@Test
	void theSessionStateOfAVisitorIsSignedOutWithoutAnError() {
		this.client.get()
			.uri("/api/session")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Cache-Control", (value) -> assertThat(value).contains("no-store"))
			.expectBody()
			.jsonPath("$.signedIn")
			.isEqualTo(false)
			.jsonPath("$.user")
			.doesNotExist();
	}

	private static Path frontendWithIndex() {
		try {
			Path dir = Files.createTempDirectory("gateway-frontend");
			Files.writeString(dir.resolve("index.html"), "<!doctype html><title>portal-index</title>",
					StandardCharsets.UTF_8);
			// a hashed bundle as Vite writes it, big enough to be compressed
			Path assets = Files.createDirectory(dir.resolve("assets"));
			Files.writeString(assets.resolve("index-3f9a1c7e.js"),
					"export const portal = [" + "\"申请办理许可 · Apply for a license\",".repeat(200) + "];",
					StandardCharsets.UTF_8);
			dir.toFile().deleteOnExit();
			assets.toFile().deleteOnExit();
			assets.resolve("index-3f9a1c7e.js").toFile().deleteOnExit();
			dir.resolve("index.html").toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
