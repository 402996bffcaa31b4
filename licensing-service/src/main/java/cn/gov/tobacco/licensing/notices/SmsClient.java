package cn.gov.tobacco.licensing.notices;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * The SMS gateway's API: {@code POST /v1/messages} with {@code {to, text, reference}},
 * answered {@code 202 {"messageId": "…"}}. Server errors and timeouts are retried with
 * backoff; a 4xx is final.
 */
@Component
class SmsClient {

	private final WebClient http;

	private final SmsProperties properties;

	SmsClient(SmsProperties properties) {
		this.http = WebClient.builder().baseUrl(properties.baseUrl()).build();
		this.properties = properties;
	}

	/** Sends; emits the gateway's message id. */
	Mono<String> send(String to, String text, String reference) {
		return this.http.post()
			.uri("/v1/messages")
			.header("X-Api-Key", (this.properties.apiKey() != null) ? this.properties.apiKey() : "")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("to", to, "text", text, "reference", reference))
			.retrieve()
			.bodyToMono(Map.class)
			.map((body) -> String.valueOf(body.get("messageId")))
			.timeout(this.properties.timeout())
			.retryWhen(Retry.backoff(this.properties.retries(), Duration.ofMillis(200))
				.filter(SmsClient::retryable)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
	}

	static boolean retryable(Throwable ex) {
		return !(ex instanceof WebClientResponseException response) || response.getStatusCode().is5xxServerError();
	}

}
