package cn.gov.tobacco.licensing.registry;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * {@code GET /v1/business-licenses/{creditCode}} → {@code 200 {"creditCode", "name",
 * "status": "ACTIVE" | "REVOKED" | "CANCELLED"}} or 404. Server errors and timeouts are
 * retried with backoff, then surface as an error (the caller keeps the check pending).
 */
@Component
public class RegistryClient {

	private final WebClient http;

	private final RegistryProperties properties;

	RegistryClient(RegistryProperties properties) {
		this.http = WebClient.builder().baseUrl(properties.baseUrl()).build();
		this.properties = properties;
	}

	/** The outcome of a check. */
	public record Result(String status, String detail) {
	}

	public Mono<Result> check(String creditCode, String businessName) {
		return this.http.get()
			.uri("/v1/business-licenses/{code}", creditCode)
			.retrieve()
			.bodyToMono(Map.class)
			.map((body) -> judge(body, businessName))
			.onErrorResume(WebClientResponseException.class,
					(ex) -> (ex.getStatusCode() == HttpStatus.NOT_FOUND)
							? Mono.just(new Result("NOT_FOUND", "登记机关无此统一社会信用代码")) : Mono.error(ex))
			.timeout(this.properties.timeout())
			.retryWhen(Retry.backoff(this.properties.retries(), Duration.ofMillis(200))
				.filter((ex) -> !(ex instanceof WebClientResponseException r) || r.getStatusCode().is5xxServerError())
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
	}

	public RegistryProperties properties() {
		return this.properties;
	}

	private static Result judge(Map<?, ?> body, String businessName) {
		Object status = body.get("status");
		Object name = body.get("name");
		if (!"ACTIVE".equals(status)) {
			return new Result("MISMATCH", "营业执照状态：" + status);
		}
		if (businessName != null && name != null && !businessName.equals(name)) {
			return new Result("MISMATCH", "登记名称为“" + name + "”");
		}
		return new Result("VERIFIED", "登记名称：" + name);
	}

}
