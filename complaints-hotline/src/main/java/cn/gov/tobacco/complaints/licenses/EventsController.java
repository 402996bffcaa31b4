package cn.gov.tobacco.complaints.licenses;

import java.io.IOException;
import java.io.UncheckedIOException;

import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.EventsApi;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * {@code POST /api/complaints/internal/events}: signed CloudEvents from other services
 * (the gateway never routes {@code /internal/} paths from outside).
 */
@RestController
class EventsController implements EventsApi {

	private final EventReceiver receiver;

	private final InboundEventsProperties properties;

	EventsController(EventReceiver receiver, InboundEventsProperties properties) {
		this.receiver = receiver;
		this.properties = properties;
	}

	@Override
	public Mono<ResponseEntity<Void>> receiveEvent(Mono<Resource> body, String signature, ServerWebExchange exchange) {
		return body.map(this::bytes)
			.switchIfEmpty(Mono.error(
					() -> new ApiException(ProblemKind.MALFORMED_REQUEST, Text.of("请求体为空", "The request has no body"))))
			.flatMap((bytes) -> this.receiver.receive(bytes, signature))
			.thenReturn(ResponseEntity.noContent().build());
	}

	private byte[] bytes(Resource resource) {
		try {
			byte[] bytes = resource.getContentAsByteArray();
			if (bytes.length > this.properties.maxSize()) {
				throw new ApiException(ProblemKind.PAYLOAD_TOO_LARGE, Text.of("事件过大", "The event is too large"));
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
