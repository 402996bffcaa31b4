package cn.gov.tobacco.complaints.divisions;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.DivisionsApi;
import cn.gov.tobacco.complaints.api.model.DivisionDto;

/**
 * The divisions tree (anyone): parents before children, cacheable for an hour and then
 * revalidated with its ETag (a 304 when unchanged).
 */
@RestController
class DivisionsController implements DivisionsApi {

	private static final Duration MAX_AGE = Duration.ofHours(1);

	private final DivisionRepository divisions;

	DivisionsController(DivisionRepository divisions) {
		this.divisions = divisions;
	}

	@Override
	public Mono<ResponseEntity<Flux<DivisionDto>>> listDivisions(ServerWebExchange exchange) {
		// WebFlux answers 304 itself when If-None-Match carries this ETag
		return this.divisions.all()
			.collectList()
			.map((divisions) -> ResponseEntity.ok()
				.eTag("\"" + Integer.toHexString(fingerprint(divisions)) + "\"")
				.cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
				.body(Flux.fromIterable(divisions)));
	}

	private static int fingerprint(List<DivisionDto> divisions) {
		return divisions.stream()
			.map((d) -> d.getCode() + ":" + d.getName() + ":" + d.getNameEn() + ":" + d.getParentCode() + ":"
					+ d.getLevel())
			.toList()
			.hashCode();
	}

}
