package cn.gov.tobacco.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Delivers outbox events as CloudEvents 1.0 in structured JSON mode over HTTP
 * ({@code POST}, {@code Content-Type: application/cloudevents+json}) to every
 * {@link EventSubscriber} of the event's type, signed with the subscriber's secret
 * ({@link CloudEventSignature}).
 * <p>
 * Completes when every subscriber accepted (2xx). A refusal for good (400, 404, 409, 410,
 * 413, 415, 422) or an event type nobody subscribes to is an {@link UndeliverableEvent}
 * (the publisher dead-letters it); anything else (a timeout, 401/403, 408, 429, 5xx)
 * fails and the publisher retries with back-off. A retry goes to all the event's
 * subscribers again: receivers de-duplicate on the CloudEvent's {@code source} and
 * {@code id}, as at-least-once delivery requires anyway.
 */
public class CloudEventsHttpSink implements OutboxSink {

	private static final Log logger = LogFactory.getLog(CloudEventsHttpSink.class);

	/** The structured-mode media type of CloudEvents in JSON. */
	public static final MediaType CLOUDEVENTS_JSON = MediaType.parseMediaType("application/cloudevents+json");

	private final WebClient client;

	private final JsonMapper json;

	private final String source;

	private final String typePrefix;

	private final List<EventSubscriber> subscribers;

	private final Duration timeout;

	/**
	 * @param client the HTTP client
	 * @param json the JSON mapper
	 * @param source the CloudEvents {@code source}, e.g. {@code /licensing-service}
	 * @param typePrefix put before the outbox type to make the CloudEvents {@code type},
	 * e.g. {@code cn.gov.tobacco.licensing.}
	 * @param subscribers who takes what
	 * @param timeout the timeout of one delivery
	 */
	public CloudEventsHttpSink(WebClient client, JsonMapper json, String source, String typePrefix,
			List<EventSubscriber> subscribers, Duration timeout) {
		this.client = client;
		this.json = json;
		this.source = source;
		this.typePrefix = (typePrefix != null) ? typePrefix : "";
		this.subscribers = List.copyOf(subscribers);
		this.timeout = timeout;
	}

	@Override
	public Mono<Void> publish(OutboxEvent event) {
		return Mono.defer(() -> {
			List<EventSubscriber> targets = this.subscribers.stream()
				.filter((s) -> s.takes(event.eventType()))
				.toList();
			if (targets.isEmpty()) {
				return Mono.error(new UndeliverableEvent("no subscriber for event type " + event.eventType(), null));
			}
			byte[] body = envelope(event);
			return Flux.fromIterable(targets).concatMap((s) -> deliver(s, event, body)).then();
		});
	}

	/** The CloudEvent of an outbox event, as the bytes that are sent and signed. */
	public byte[] envelope(OutboxEvent event) {
		ObjectNode ce = this.json.createObjectNode();
		ce.put("specversion", "1.0");
		ce.put("id", String.valueOf(event.id()));
		ce.put("source", this.source);
		ce.put("type", this.typePrefix + event.eventType());
		ce.put("subject", event.aggregateType() + "/" + event.aggregateId());
		ce.put("time", event.createdAt().toString());
		ce.put("datacontenttype", "application/json");
		ce.set("data", this.json.readTree(event.payload()));
		return this.json.writeValueAsString(ce).getBytes(StandardCharsets.UTF_8);
	}

	private Mono<Void> deliver(EventSubscriber subscriber, OutboxEvent event, byte[] body) {
		return this.client.post()
			.uri(subscriber.url())
			.contentType(CLOUDEVENTS_JSON)
			.header(CloudEventSignature.HEADER, CloudEventSignature.sign(subscriber.secret(), body))
			.bodyValue(body)
			.retrieve()
			.toBodilessEntity()
			.timeout(this.timeout)
			.onErrorMap(WebClientResponseException.class, (ex) -> classify(subscriber, event, ex))
			.doOnError((ex) -> !(ex instanceof UndeliverableEvent),
					(ex) -> logger.warn("Event " + event.id() + " (" + event.eventType() + ") not delivered to "
							+ subscriber.name() + ": " + ex.getMessage()))
			.then();
	}

	private static Throwable classify(EventSubscriber subscriber, OutboxEvent event, WebClientResponseException ex) {
		int status = ex.getStatusCode().value();
		if (status == 400 || status == 404 || status == 409 || status == 410 || status == 413 || status == 415
				|| status == 422) {
			return new UndeliverableEvent(subscriber.name() + " refused " + event.eventType() + " with " + status, ex);
		}
		return ex;
	}

}
