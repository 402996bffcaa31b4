package cn.gov.tobacco.complaints.divisions;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.api.model.DivisionDto;

/**
 * The divisions of the service area (table {@code divisions}, V8).
 */
@Component
public class DivisionRepository {

	private final DatabaseClient db;

	DivisionRepository(DatabaseClient db) {
		this.db = db;
	}

	/** The tree, parents before children. */
	Flux<DivisionDto> all() {
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

	/**
	 * Whether a code names a county-level division (a district or county), the only codes
	 * a case can be dispatched to; a station code (9 digits) counts by its district.
	 */
	public Mono<Boolean> isCounty(String divisionCode) {
		if (divisionCode == null || divisionCode.length() < 6) {
			return Mono.just(false);
		}
		return this.db.sql("SELECT count(*) AS n FROM divisions WHERE code = :code AND level = 'COUNTY'")
			.bind("code", divisionCode.substring(0, 6))
			.map((row, meta) -> row.get("n", Long.class) > 0)
			.one();
	}

}
