package cn.gov.tobacco.complaints.credit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.platform.outbox.OutboxEvent;
import cn.gov.tobacco.platform.outbox.UndeliverableEvent;

import static org.assertj.core.api.Assertions.assertThat;

class LicensingCreditSinkTests {

	private final LicensingCreditSink sink = new LicensingCreditSink(null, JsonMapper.builder().build(),
			new LicensingProperties("http://licensing", "licensing", Duration.ofSeconds(1)));

	@Test
	void theEventIdIsStableForEveryDeliveryOfTheSameReport() {
		UUID caseId = UUID.randomUUID();
		String payload = "{\"kind\":\"SUBSTANTIATED_REPORT\",\"licenseNo\":\"330106201900123\",\"reason\":\"r\","
				+ "\"occurredOn\":\"2026-11-22\"}";
		OutboxEvent first = new OutboxEvent(7, "case", caseId, CreditEvents.SUBSTANTIATED_REPORT, payload,
				Instant.now());
		OutboxEvent again = new OutboxEvent(8, "case", caseId, CreditEvents.SUBSTANTIATED_REPORT, payload,
				Instant.now());
		Map<String, Object> body = this.sink.body(first);
		assertThat(body).containsEntry("eventId", "complaints-hotline:credit.substantiated-report:" + caseId)
			.containsEntry("kind", "SUBSTANTIATED_REPORT")
			.containsEntry("licenseNo", "330106201900123")
			.containsEntry("occurredOn", "2026-11-22")
			.containsOnlyKeys("eventId", "kind", "licenseNo", "reason", "occurredOn");
		assertThat(this.sink.body(again).get("eventId")).isEqualTo(body.get("eventId"));
		assertThat(body.get("eventId").toString()).hasSizeLessThanOrEqualTo(150);
	}

	@ParameterizedTest
	@CsvSource({ "422, true", "404, true", "400, true", "409, true", "410, true", "401, false", "403, false",
			"408, false", "429, false", "500, false", "503, false" })
	void aRefusalForGoodIsUndeliverableAndEverythingElseIsRetried(int status, boolean forGood) {
		LicensingCreditSink answering = new LicensingCreditSink(answering(status), JsonMapper.builder().build(),
				new LicensingProperties("http://licensing", "licensing", Duration.ofSeconds(1)));
		StepVerifier.create(answering.publish(event()))
			.expectErrorSatisfies(
					(ex) -> assertThat(ex instanceof UndeliverableEvent).as("status " + status).isEqualTo(forGood))
			.verify();
	}

	@Test
	void aRecordedOrRepeatedEventIsDelivered() {
		for (int status : new int[] { 200, 201 }) {
			StepVerifier
				.create(new LicensingCreditSink(answering(status), JsonMapper.builder().build(),
						new LicensingProperties("http://licensing", "licensing", Duration.ofSeconds(1)))
					.publish(event()))
				.verifyComplete();
		}
	}

	/** A client whose every call gets this status, as licensing would answer it. */
	private static WebClient answering(int status) {
		return WebClient.builder()
			.exchangeFunction((request) -> Mono.just(ClientResponse.create(HttpStatusCode.valueOf(status))
				.header("Content-Type", "application/problem+json")
				.body("{\"type\":\"/problems/business-rule\",\"status\":" + status + "}")
				.build()))
			.build();
	}

	private static OutboxEvent event() {
		return new OutboxEvent(9, "case", UUID.randomUUID(), CreditEvents.SUBSTANTIATED_REPORT,
				"{\"kind\":\"SUBSTANTIATED_REPORT\",\"licenseNo\":\"330106999999999\",\"reason\":\"r\","
						+ "\"occurredOn\":\"2026-11-22\"}",
				Instant.now());
	}

}
