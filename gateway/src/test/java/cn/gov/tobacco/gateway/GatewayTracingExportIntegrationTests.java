package cn.gov.tobacco.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With an OTLP endpoint configured (k8s: the collector), the gateway's spans leave the
 * process over OTLP/HTTP (the JDK sender; the OkHttp one is excluded). A stand-in
 * collector on loopback records what arrives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayTracingExportIntegrationTests {

	static final EchoBackend backend = EchoBackend.start();

	static final EchoBackend collector = EchoBackend.start();

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("LICENSING_URI", backend::uri);
		registry.add("management.opentelemetry.tracing.export.otlp.endpoint", () -> collector.uri() + "/v1/traces");
		registry.add("management.opentelemetry.tracing.export.schedule-delay", () -> "200ms");
		registry.add("management.tracing.sampling.probability", () -> "1.0");
	}

	@LocalServerPort
	int port;

	@Test
	void sampledSpansAreExportedOverOtlpHttp() {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build()
			.get()
			.uri("/api/licensing/public/licenses/330106000000001")
			.exchange()
			.expectStatus()
			.isOk();

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			EchoBackend.Received export = collector.last();
			assertThat(export).isNotNull();
			assertThat(export.method()).isEqualTo("POST");
			assertThat(export.path()).isEqualTo("/v1/traces");
			assertThat(export.header("Content-Type")).isEqualTo("application/x-protobuf");
			assertThat(export.bodyLength()).isPositive();
		});
	}

}
