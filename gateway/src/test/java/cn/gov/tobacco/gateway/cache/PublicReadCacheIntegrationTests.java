package cn.gov.tobacco.gateway.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in-process against the real Redis, with both services routed to a WireMock
 * stand-in that answers with the cache headers each test gives it: what the gateway
 * shares between anonymous callers, for how long, and what always reaches the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicReadCacheIntegrationTests {

	static final WireMockServer service = new WireMockServer(options().dynamicPort());

	static {
		service.start();
	}

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("LICENSING_URI", service::baseUrl);
		registry.add("COMPLAINTS_URI", service::baseUrl);
		registry.add("gateway.public-cache.max-entry-size", () -> "2KB");
	}

	@AfterAll
	static void stop() {
		service.stop();
	}

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		service.resetAll();
	}

	@Test
	void anAnonymousReadIsSharedForTheServicesSharedMaxAgeWithItsAgeAndATagAnswered304() throws Exception {
		String path = "/api/licensing/public/calendar/2031";
		stub(path,
				ok("max-age=0, public, s-maxage=1").withHeader(HttpHeaders.ETAG, "\"v1\"")
					.withHeader("X-Internal-Note", "not repeated")
					.withBody("{\"year\":2031}"));

		EntityExchangeResult<String> first = read(path);
		EntityExchangeResult<String> second = read(path);
		assertThat(hits(path)).as("the second read came from the gateway").isEqualTo(1);
		assertThat(second.getResponseBody()).isEqualTo("{\"year\":2031}");
		assertThat(second.getResponseHeaders().getContentType()).hasToString("application/json");
		assertThat(second.getResponseHeaders().getETag()).isEqualTo("\"v1\"");
		assertThat(second.getResponseHeaders().getCacheControl()).isEqualTo("max-age=0, public, s-maxage=1");
		assertThat(second.getResponseHeaders().getFirst(HttpHeaders.AGE)).isIn("0", "1");
		assertThat(second.getResponseHeaders().getFirst("X-Internal-Note")).as("only content headers kept").isNull();
		assertThat(second.getResponseHeaders().getFirst("X-Correlation-Id")).as("each answer its own id")
			.isNotBlank()
			.isNotEqualTo(first.getResponseHeaders().getFirst("X-Correlation-Id"));

		for (String malformed : List.of("garbage", "\"unterminated", ",,,", "W/")) {
			this.client.get()
				.uri(path)
				.header(HttpHeaders.IF_NONE_MATCH, malformed)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.isEqualTo("{\"year\":2031}");
		}
		this.client.get()
			.uri(path)
			.header(HttpHeaders.IF_NONE_MATCH, "W/\"v0\", \"v1\"")
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"v1\"")
			.expectBody()
			.isEmpty();
		assertThat(hits(path)).isEqualTo(1);

		Thread.sleep(1_200);
		for (int i = 0; i < 2; i++) {
			this.client.get()
				.uri(path)
				.header(HttpHeaders.IF_NONE_MATCH, "\"v1\"")
				.exchange()
				.expectStatus()
				.isNotModified()
				.expectBody()
				.isEmpty();
		}
		assertThat(hits(path)).as("after s-maxage the service is asked again, once, for the whole answer").isEqualTo(2);
		assertThat(service.getAllServeEvents().get(0).getRequest().containsHeader(HttpHeaders.IF_NONE_MATCH)).isFalse();
		assertThat(read(path).getResponseBody()).as("and that answer was kept").isEqualTo("{\"year\":2031}");
		assertThat(hits(path)).isEqualTo(2);
	}

	@Test
	void aMalformedIfNoneMatchOnAFirstReadIsIgnored() {
		String path = "/api/licensing/public/licenses/ZJ-MALFORMED";
		stub(path, ok("public, max-age=60").withHeader(HttpHeaders.ETAG, "\"m1\"").withBody("{}"));
		this.client.get()
			.uri(path)
			.header(HttpHeaders.IF_NONE_MATCH, "garbage")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("{}");
		assertThat(hits(path)).isEqualTo(1);
	}

	@Test
	void aSignedInCallerAndAnAskedRefreshAlwaysReachTheService() {
		String path = "/api/complaints/categories";
		stub(path, ok("public, max-age=60").withBody("[]"));
		read(path);
		this.client.get().uri(path).cookie("SESSION", "some-session").exchange().expectStatus().isOk();
		this.client.get().uri(path).header(HttpHeaders.CACHE_CONTROL, "no-cache").exchange().expectStatus().isOk();
		assertThat(hits(path)).as("a session's read and a refresh went to the service").isEqualTo(3);
		read(path);
		assertThat(hits(path)).as("an anonymous read is shared").isEqualTo(3);
	}

	@Test
	void theServiceAnswersUnencodedAndTheGatewayCompressesEachAnswerForItsCaller() throws Exception {
		String path = "/api/licensing/public/calendar/2032";
		stub(path, ok("max-age=0, public, s-maxage=10").withBody("[" + "1,".repeat(700) + "1]"));
		// java.net.http sends Accept-Encoding as given and does not decode (Reactor
		// Netty's client drops the header unless it compresses itself)
		HttpClient http = HttpClient.newHttpClient();
		for (String encoding : List.of("gzip", "gzip", "identity")) {
			HttpResponse<byte[]> response = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header(HttpHeaders.ACCEPT_ENCODING, encoding)
					.timeout(Duration.ofSeconds(20))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			if (encoding.equals("gzip")) {
				assertThat(response.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
				assertThat(response.body()).startsWith(0x1f, 0x8b);
			}
			else {
				assertThat(response.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
				assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("[1,1,").endsWith("1]");
			}
		}
		assertThat(hits(path)).isEqualTo(1);
		assertThat(service.getAllServeEvents().get(0).getRequest().containsHeader(HttpHeaders.ACCEPT_ENCODING))
			.as("the service is not asked to encode")
			.isFalse();
	}

	@Test
	void answersVaryingByLanguageAreKeptApart() {
		String path = "/api/licensing/public/licenses/ZJ-LANG";
		service.stubFor(get(urlPathEqualTo(path)).withHeader(HttpHeaders.ACCEPT_LANGUAGE, equalTo("en"))
			.willReturn(ok("public, max-age=60").withHeader(HttpHeaders.VARY, "Accept-Language").withBody("\"en\"")));
		service.stubFor(get(urlPathEqualTo(path)).withHeader(HttpHeaders.ACCEPT_LANGUAGE, equalTo("zh-CN"))
			.willReturn(ok("public, max-age=60").withHeader(HttpHeaders.VARY, "Accept-Language").withBody("\"zh\"")));
		assertThat(read(path, "zh-CN").getResponseBody()).isEqualTo("\"zh\"");
		assertThat(read(path, "en").getResponseBody()).isEqualTo("\"en\"");
		assertThat(read(path, "zh-CN").getResponseBody()).isEqualTo("\"zh\"");
		assertThat(read(path, "en").getResponseBody()).isEqualTo("\"en\"");
		assertThat(hits(path)).isEqualTo(2);
	}

	@Test
	void whatTheServiceDoesNotShareIsNeverKept() {
		String[][] cases = { { "/api/licensing/public/licenses/NO-CACHE", "no-cache, public" },
				{ "/api/licensing/public/licenses/PRIVATE", "private, max-age=60" },
				{ "/api/licensing/public/licenses/NO-STORE", "no-store" },
				{ "/api/licensing/public/licenses/NOT-PUBLIC", "max-age=60" },
				{ "/api/licensing/public/licenses/ZERO", "public, max-age=0" },
				{ "/api/licensing/public/random-checks", "public, max-age=60" } };
		for (String[] c : cases) {
			stub(c[0], ok(c[1]).withBody("{}"));
		}
		String cookie = "/api/licensing/public/licenses/COOKIE";
		stub(cookie, ok("public, max-age=60").withHeader(HttpHeaders.SET_COOKIE, "x=1").withBody("{}"));
		String varies = "/api/licensing/public/licenses/VARIES";
		stub(varies, ok("public, max-age=60").withHeader(HttpHeaders.VARY, "User-Agent").withBody("{}"));
		String missing = "/api/licensing/public/licenses/MISSING";
		stub(missing,
				aResponse().withStatus(404)
					.withHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
					.withHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
					.withBody("{\"status\":404}"));
		String large = "/api/licensing/public/licenses/LARGE";
		stub(large, ok("public, max-age=60").withBody("[" + "0,".repeat(1500) + "0]"));

		for (String path : new String[] { cases[0][0], cases[1][0], cases[2][0], cases[3][0], cases[4][0], cases[5][0],
				cookie, varies, missing, large }) {
			this.client.get().uri(path).exchange();
			this.client.get().uri(path).exchange();
			assertThat(hits(path)).as(path + " reached the service each time").isEqualTo(2);
		}
	}

	private static void stub(String path, ResponseDefinitionBuilder response) {
		MappingBuilder mapping = get(urlPathEqualTo(path));
		service.stubFor(mapping.willReturn(response));
	}

	private static ResponseDefinitionBuilder ok(String cacheControl) {
		return aResponse().withStatus(200)
			.withHeader(HttpHeaders.CONTENT_TYPE, "application/json")
			.withHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
	}

	private static int hits(String path) {
		return service.countRequestsMatching(getRequestedFor(urlPathEqualTo(path)).build()).getCount();
	}

	private EntityExchangeResult<String> read(String path) {
		return this.client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
	}

	private EntityExchangeResult<String> read(String path, String language) {
		return this.client.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
	}

}
