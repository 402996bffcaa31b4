package cn.gov.tobacco.complaints.handovers;

import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import cn.gov.tobacco.complaints.audit.ComplaintsEvents;
import cn.gov.tobacco.platform.outbox.OutboxEvent;
import cn.gov.tobacco.platform.outbox.OutboxSink;
import cn.gov.tobacco.platform.outbox.UndeliverableEvent;

/**
 * Delivers 办结反馈 to the 12345 exchange: {@code POST /exchange/v1/handovers/{id}/receipt}
 * (signed for) and {@code .../feedback} (answer and outcome), with the bureau's token.
 * Only an answer {@code {"acknowledged": true}} completes; anything else fails and the
 * outbox retries with back-off until the exchange acknowledges. A refusal for good (400,
 * 404, 409, 410, 422: an unknown or closed hand-over) is dead-lettered.
 */
class Hotline12345FeedbackSink implements OutboxSink {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final WebClient client;

	private final Hotline12345Properties properties;

	private final JsonMapper json;

	Hotline12345FeedbackSink(Hotline12345Properties properties, JsonMapper json) {
		this.client = WebClient.builder().baseUrl(properties.baseUrl()).build();
		this.properties = properties;
		this.json = json;
	}

	@Override
	public Mono<Void> publish(OutboxEvent event) {
		return Mono.defer(() -> {
			Map<String, Object> payload = this.json.readValue(event.payload(), MAP);
			String path = ComplaintsEvents.HANDOVER_SIGNED_FOR.equals(event.eventType()) ? "receipt" : "feedback";
			payload.put("receiver", "12313");
			payload.put("eventId", "complaints-hotline:" + event.id());
			return this.client.post()
				.uri("/exchange/v1/handovers/{id}/" + path, payload.get("handoverId"))
				.headers((h) -> h.setBearerAuth(this.properties.token()))
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.bodyValue(payload)
				.retrieve()
				.bodyToMono(Map.class)
				.timeout(this.properties.timeout())
				.onErrorMap(WebClientResponseException.class, Hotline12345FeedbackSink::classify)
				.map((answer) -> Boolean.TRUE.equals(answer.get("acknowledged")))
				.defaultIfEmpty(false)
				.flatMap((acknowledged) -> acknowledged ? Mono.<Void>empty()
						: Mono.error(new IllegalStateException("the 12345 exchange did not acknowledge")));
		});
	}

	static Throwable classify(WebClientResponseException ex) {
		int status = ex.getStatusCode().value();
		if (status == 400 || status == 404 || status == 409 || status == 410 || status == 422) {
			return new UndeliverableEvent("the 12345 exchange refused the feedback with " + status, ex);
		}
		return ex;
	}

}
