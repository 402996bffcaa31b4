package cn.gov.tobacco.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.testing.OidcLogin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway with Redis unreachable (a closed port): sessions answer 503 at once, the
 * rate limiter fails open, anonymous traffic is unaffected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GatewayRedisDownIntegrationTests {

	static final EchoBackend backend = EchoBackend.start();

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("REDIS_PORT", () -> String.valueOf(EchoBackend.closedPort()));
		registry.add("LICENSING_URI", backend::uri);
		registry.add("COMPLAINTS_URI", backend::uri);
		registry.add("PUBLIC_RATE_LIMIT_PER_SECOND", () -> "1");
		registry.add("PUBLIC_RATE_LIMIT_BURST", () -> "1");
	}

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	WebTestClient client;

	@BeforeEach
	void client() {
		// well below anything a hanging Redis call would take
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(5))
			.build();
	}

	@Test
	void requestWithASessionCookieIsADependencyUnavailableProblem() {
		long started = System.nanoTime();
		this.client.get()
			.uri("/api/licensing/applications")
			.cookie("SESSION", "00000000-0000-0000-0000-000000000000")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("X-Correlation-Id")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/dependency-unavailable")
			.jsonPath("$.detail")
			.isEqualTo("登录服务暂时不可用，请稍后再试");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void aSignedInBrowserNavigatingGetsASignInUnavailablePageNotALoginLoop() {
		// Page loads of the frontend are static files and read no session; the sign-in
		// does: before, the browser was sent round the login again and again.
		String page = this.client.get()
			.uri("/oauth2/authorization/identity")
			.cookie("SESSION", "00000000-0000-0000-0000-000000000000")
			.header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.doesNotExist(HttpHeaders.LOCATION)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("登录服务暂时不可用").contains("Sign-in is temporarily unavailable");
	}

	@Test
	void callsWithABearerTokenDoNotNeedRedis() {
		String token = OidcLogin.forIssuer().login("supervisor", "Demo@2026").accessToken();
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			long started = System.nanoTime();
			this.client.get()
				.uri("/api/licensing/applications")
				.headers((h) -> h.setBearerAuth(token))
				.exchange()
				.expectStatus()
				.isOk();
			millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
		this.client.get().uri("/api/me").headers((h) -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
		// a bearer call is never the session's user: a session cookie beside the token is
		// not looked up (with Redis down, a lookup would be a 503)
		this.client.get()
			.uri("/api/me")
			.cookie("SESSION", "00000000-0000-0000-0000-000000000000")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk();
		// The first call fetches the issuer's keys. Nothing waits for Redis: a call that
		// did would take at least its 500 ms connect timeout. (The budget, +100
		// ms
		// on the median against Redis up, is measured by bench/faults-redis.sh.)
		List<Long> sorted = millis.subList(1, millis.size()).stream().sorted().toList();
		assertThat(sorted.get(sorted.size() / 2)).isLessThan(500);
	}

	@Test
	void rateLimiterFailsOpenWithALogLineAndAMetric(CapturedOutput output) {
		for (int i = 0; i < 4; i++) {
			long started = System.nanoTime();
			this.client.post()
				.uri("/api/complaints/public/reports")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectStatus()
				.isOk();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		}
		assertThat(this.meters.find("gateway.rate.limit.fail.open").counters()).isNotEmpty()
			.allSatisfy((counter) -> assertThat(counter.getId().getTag("route")).isNotBlank())
			.anySatisfy((counter) -> assertThat(counter.count()).isGreaterThanOrEqualTo(1));
		assertThat(output.getOut() + output.getErr()).contains("Rate limiting fails open");
	}

	@Test
	void anonymousTrafficDoesNotNeedRedis() {
		this.client.get().uri("/api/licensing/public/verify/ZJ1").exchange().expectStatus().isOk();
		this.client.get().uri("/api/me").exchange().expectStatus().isUnauthorized();
	}

}
