package cn.gov.tobacco.complaints.credit;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import cn.gov.tobacco.platform.outbox.OutboxEvent;
import cn.gov.tobacco.platform.outbox.OutboxSink;
import cn.gov.tobacco.platform.outbox.UndeliverableEvent;

/**
 * Delivers a credit event to {@code POST /api/licensing/internal/credit-events} with the
 * service's client-credentials token. 201 (recorded) and 200 (already recorded) complete;
 * a refusal for good (see {@link #classify}) sets the row aside; anything else fails, and
 * the publisher keeps the row and tries again later. The {@code eventId} is derived from
 * the outbox event (its type and case), so every redelivery, and a second substantiated
 * answer of the same report, is the same event to licensing: one credit record per
 * report.
 */
class LicensingCreditSink implements OutboxSink {

	static final String PATH = "/api/licensing/internal/credit-events";

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final WebClient client;

	private final JsonMapper json;

	private final LicensingProperties properties;

	LicensingCreditSink(WebClient client, JsonMapper json, LicensingProperties properties) {
		this.client = client;
		this.json = json;
		this.properties = properties;
	}

	static String eventId(OutboxEvent event) {
		return "complaints-hotline:" + event.eventType() + ":" + event.aggregateId();
	}

	Map<String, Object> body(OutboxEvent event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("eventId", eventId(event));
		body.putAll(this.json.readValue(event.payload(), MAP));
		return body;
	}

	@Override
	public Mono<Void> publish(OutboxEvent event) {
		return Mono.defer(() -> this.client.post()
			.uri(this.properties.baseUrl() + PATH)
			.attributes(ServerOAuth2AuthorizedClientExchangeFilterFunction
				.clientRegistrationId(this.properties.registrationId()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body(event))
			.retrieve()
			.toBodilessEntity()
			.timeout(this.properties.timeout())
			.onErrorMap(WebClientResponseException.class, LicensingCreditSink::classify)
			.then());
	}

	/**
	 * A 4xx that names the event itself (400, 404, 409, 410, 422: licensing understood it
	 * and will never record it, for example an unknown license) is
	 * {@link UndeliverableEvent}; 401/403 (a token or client set-up problem), 408, 429
	 * and 5xx may pass and are retried.
	 */
	static Throwable classify(WebClientResponseException ex) {
		int status = ex.getStatusCode().value();
		if (status == 400 || status == 404 || status == 409 || status == 410 || status == 422) {
			return new UndeliverableEvent(
					"licensing refused the credit event with " + status + ": " + ex.getResponseBodyAsString(), ex);
		}
		return ex;
	}

}
