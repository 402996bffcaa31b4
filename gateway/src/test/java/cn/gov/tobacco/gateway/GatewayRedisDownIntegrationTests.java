package cn.gov.tobacco.gateway;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway with Redis unreachable (a closed port): sessions answer 503 at once, the
 * rate limiter fails open, anonymous traffic is unaffected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
			.isEqualTo("/problems/dependency-unavailable");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void rateLimiterFailsOpen() {
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
	}

	@Test
	void anonymousTrafficDoesNotNeedRedis() {
		this.client.get().uri("/api/licensing/public/verify/ZJ1").exchange().expectStatus().isOk();
		this.client.get().uri("/api/me").exchange().expectStatus().isUnauthorized();
	}

}
