package cn.gov.tobacco.licensing.geocoder;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * {@code GET /v1/geocode?address=…} → {@code 200 {"status": "OK" | "ZERO_RESULTS",
 * "results": [{"formattedAddress", "divisionCode", "location": {"latitude", "longitude"},
 * "precision"}]}}. Server errors and timeouts are retried with backoff, then answer a 503
 * problem that names no host or exception.
 */
@Component
class GeocoderClient {

	private static final Logger log = LoggerFactory.getLogger(GeocoderClient.class);

	static final int MAX_RESULTS = 10;

	private final WebClient http;

	private final GeocoderProperties properties;

	GeocoderClient(GeocoderProperties properties) {
		WebClient.Builder http = WebClient.builder().baseUrl(properties.baseUrl());
		if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
			http.defaultHeader("X-Api-Key", properties.apiKey());
		}
		this.http = http.build();
		this.properties = properties;
	}

	/** A place the geocoder found. */
	record Place(String formattedAddress, String divisionCode, double latitude, double longitude, String precision) {
	}

	/** The geocoder's answer as sent. */
	record Answer(String status, List<Result> results) {
	}

	record Result(String formattedAddress, String divisionCode, Location location, String precision) {
	}

	record Location(Double latitude, Double longitude) {
	}

	Mono<List<Place>> geocode(String address) {
		return this.http.get()
			.uri((uri) -> uri.path("/v1/geocode").queryParam("address", "{address}").build(address))
			.retrieve()
			.bodyToMono(Answer.class)
			.timeout(this.properties.timeout())
			.retryWhen(Retry.backoff(this.properties.retries(), Duration.ofMillis(200))
				.filter((ex) -> !(ex instanceof WebClientResponseException r) || r.getStatusCode().is5xxServerError())
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.map(GeocoderClient::places)
			.defaultIfEmpty(List.of())
			.onErrorMap((ex) -> !(ex instanceof ApiException), (ex) -> {
				log.warn("Geocoder failed: {}", ex.toString());
				return new ApiException(ProblemKind.DEPENDENCY_UNAVAILABLE, Text.of("地址定位服务暂不可用，可在地图上直接标记店铺位置或使用本机定位",
						"Address lookup is unavailable; place the shop on the map or use your location"));
			});
	}

	private static List<Place> places(Answer answer) {
		if (answer.results() == null) {
			return List.of();
		}
		return answer.results()
			.stream()
			.filter((r) -> r != null && r.formattedAddress() != null && r.location() != null
					&& r.location().latitude() != null && r.location().longitude() != null
					&& Math.abs(r.location().latitude()) <= 90 && Math.abs(r.location().longitude()) <= 180)
			.limit(MAX_RESULTS)
			.map((r) -> new Place(r.formattedAddress(),
					(r.divisionCode() != null && r.divisionCode().matches("[0-9]{6}")) ? r.divisionCode() : null,
					r.location().latitude(), r.location().longitude(), r.precision()))
			.toList();
	}

}
