package cn.gov.tobacco.complaints.divisions;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
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

	private final DatabaseClient db;

	DivisionsController(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<ResponseEntity<Flux<DivisionDto>>> listDivisions(ServerWebExchange exchange) {
		// WebFlux answers 304 itself when If-None-Match carries this ETag
		return all().collectList()
			.map((divisions) -> ResponseEntity.ok()
				.eTag("\"" + Integer.toHexString(fingerprint(divisions)) + "\"")
				.cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
				.body(Flux.fromIterable(divisions)));
	}

	private Flux<DivisionDto> all() {
		return this.db.sql("""
				SELECT code, name, name_en, parent_code, level FROM divisions
				ORDER BY CASE level WHEN 'PROVINCE' THEN 0 WHEN 'CITY' THEN 1 ELSE 2 END, code""")
			.map((row, meta) -> new DivisionDto().code(row.get("code", String.class))
				.name(row.get("name", String.class))
				.nameEn(row.get("name_en", String.class))
				.parentCode(row.get("parent_code", String.class))
				.level(DivisionDto.LevelEnum.fromValue(row.get("level", String.class))))
			.all();
	}

	private static int fingerprint(List<DivisionDto> divisions) {
		return divisions.stream()
			.map((d) -> d.getCode() + ":" + d.getName() + ":" + d.getNameEn() + ":" + d.getParentCode() + ":"
					+ d.getLevel())
			.toList()
			.hashCode();
	}

}
