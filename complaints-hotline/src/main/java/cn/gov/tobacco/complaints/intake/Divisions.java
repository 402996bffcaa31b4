package cn.gov.tobacco.complaints.intake;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The county-level divisions of the service area (table {@code divisions}, V8): the only
 * codes a case can be dispatched to. A station code (9 digits) counts by its district.
 */
@Component
class Divisions {

	private final DatabaseClient db;

	Divisions(DatabaseClient db) {
		this.db = db;
	}

	Mono<Boolean> known(String divisionCode) {
		if (divisionCode == null || divisionCode.length() < 6) {
			return Mono.just(false);
		}
		return this.db.sql("SELECT count(*) AS n FROM divisions WHERE code = :code AND level = 'COUNTY'")
			.bind("code", divisionCode.substring(0, 6))
			.map((row, meta) -> row.get("n", Long.class) > 0)
			.one();
	}

}
