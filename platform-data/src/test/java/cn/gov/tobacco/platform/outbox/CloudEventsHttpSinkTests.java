package cn.gov.tobacco.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/** The CloudEvents sink against a real HTTP receiver (Reactor Netty). */
class CloudEventsHttpSinkTests {

	private static final String SECRET = "a-secret-of-the-receiver";

	private final JsonMapper json = JsonMapper.builder().build();

	private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

	private final AtomicInteger status = new AtomicInteger(202);

	private DisposableServer server;

	@BeforeEach
	void start() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/{name}/events",
					(request, response) -> request.receive()
						.aggregate()
						.asByteArray()
						.defaultIfEmpty(new byte[0])
						.flatMap((body) -> {
							this.received
								.add(new Received(request.param("name"), request.requestHeaders().get("Content-Type"),
										request.requestHeaders().get(CloudEventSignature.HEADER), body));
							return response.status(this.status.get())
								.header("Content-Type", "application/json")
								.sendString(Mono.just("{}"))
								.then();
						})))
			.bindNow();
	}

	@AfterEach
	void stop() {
		this.server.disposeNow();
	}

	@Test
	void anEventGoesToEverySubscriberOfItsTypeSignedWithItsSecret() {
		CloudEventsHttpSink sink = sink(subscriber("directory", SECRET, "LicenseIssued"),
				subscriber("supervision", "the-supervision-secret", "LicenseIssued", "ApplicationCreated"),
				subscriber("credit", "the-credit-platform-secret", "CreditRecordAdded"));
		StepVerifier.create(sink.publish(event("LicenseIssued", "{\"licenseNo\":\"330106202600001\"}")))
			.verifyComplete();

		assertThat(this.received).extracting(Received::name).containsExactly("directory", "supervision");
		Received first = this.received.peek();
		assertThat(first.contentType()).startsWith("application/cloudevents+json");
		assertThat(CloudEventSignature.verify(SECRET, first.body(), first.signature())).isTrue();
		assertThat(CloudEventSignature.verify("the-supervision-secret", first.body(), first.signature())).isFalse();
		JsonNode ce = this.json.readTree(first.body());
		assertThat(ce.get("specversion").asString()).isEqualTo("1.0");
		assertThat(ce.get("id").asString()).isEqualTo("42");
		assertThat(ce.get("source").asString()).isEqualTo("/licensing-service");
		assertThat(ce.get("type").asString()).isEqualTo("cn.gov.tobacco.licensing.LicenseIssued");
		assertThat(ce.get("datacontenttype").asString()).isEqualTo("application/json");
		assertThat(ce.at("/data/licenseNo").asString()).isEqualTo("330106202600001");
	}

	@Test
	void aServerErrorIsRetriedLaterNotDeadLettered() {
		this.status.set(503);
		StepVerifier
			.create(sink(subscriber("directory", SECRET, "LicenseIssued")).publish(event("LicenseIssued", "{}")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(WebClientResponseException.class)
				.isNotInstanceOf(UndeliverableEvent.class))
			.verify();
	}

	@Test
	void aRefusalForGoodIsUndeliverable() {
		this.status.set(422);
		StepVerifier
			.create(sink(subscriber("directory", SECRET, "LicenseIssued")).publish(event("LicenseIssued", "{}")))
			.expectError(UndeliverableEvent.class)
			.verify();
	}

	@Test
	void anEventTypeNobodySubscribesToIsUndeliverableAndSentNowhere() {
		StepVerifier.create(sink(subscriber("directory", SECRET, "LicenseIssued")).publish(event("Unheard", "{}")))
			.expectError(UndeliverableEvent.class)
			.verify();
		assertThat(this.received).isEmpty();
	}

	@Test
	void aTamperedBodyOrAMissingSignatureDoesNotVerify() {
		byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
		String signature = CloudEventSignature.sign(SECRET, body);
		assertThat(signature).matches("sha256=[0-9a-f]{64}");
		assertThat(CloudEventSignature.verify(SECRET, body, signature)).isTrue();
		assertThat(CloudEventSignature.verify(SECRET, "{\"a\":2}".getBytes(StandardCharsets.UTF_8), signature))
			.isFalse();
		assertThat(CloudEventSignature.verify(SECRET, body, null)).isFalse();
		assertThat(CloudEventSignature.verify(SECRET, body, "sha256=")).isFalse();
	}

	@Test
	void theCatalogueNamesTypesWithoutAConsumer() {
		EventCatalogue catalogue = EventCatalogue.of(List.of("LicenseIssued", "CreditRecordAdded", "Routed"));
		assertThat(
				catalogue.withoutConsumer(List.of(subscriber("directory", SECRET, "LicenseIssued")), "Routed"::equals))
			.containsExactly("CreditRecordAdded");
	}

	private CloudEventsHttpSink sink(EventSubscriber... subscribers) {
		return new CloudEventsHttpSink(WebClient.builder().build(), this.json, "/licensing-service",
				"cn.gov.tobacco.licensing.", List.of(subscribers), Duration.ofSeconds(30));
	}

	private EventSubscriber subscriber(String name, String secret, String... types) {
		return new EventSubscriber(name, List.of(types),
				URI.create("http://127.0.0.1:" + this.server.port() + "/" + name + "/events"), secret);
	}

	private static OutboxEvent event(String type, String payload) {
		return new OutboxEvent(42, "license", UUID.randomUUID(), type, payload, Instant.parse("2026-12-05T08:00:00Z"));
	}

	record Received(String name, String contentType, String signature, byte[] body) {
	}

}
