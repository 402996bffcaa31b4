package cn.gov.tobacco.complaints.rewards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code reward_bands}: never updated, a new band is a new row. Which band is
 * in force is {@link RewardRule}'s to say.
 */
@Repository
class RewardBandRepository {

	private final DatabaseClient db;

	RewardBandRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<RewardBand> all() {
		return this.db.sql("SELECT * FROM reward_bands ORDER BY valid_from DESC, id DESC")
			.map((row, meta) -> band(row))
			.all();
	}

	/** Adds a band in force from {@code from}; empty when the category does not exist. */
	Mono<RewardBand> add(String jurisdiction, String category, String outcome, BigDecimal min, BigDecimal max,
			Instant from, String by) {
		return this.db
			.sql("""
					INSERT INTO reward_bands (jurisdiction_code, category_code, outcome, min_amount, max_amount, valid_from, created_by)
					SELECT :jurisdiction, code, :outcome, :min, :max, :from, :by FROM categories WHERE code = :category
					RETURNING *""")
			.bind("jurisdiction", jurisdiction)
			.bind("category", category)
			.bind("outcome", outcome)
			.bind("min", min)
			.bind("max", max)
			.bind("from", from)
			.bind("by", by)
			.map((row, meta) -> band(row))
			.one();
	}

	/**
	 * The bands of these jurisdictions, category and outcome that took effect at or
	 * before {@code at}, superseded ones included.
	 */
	Flux<RewardBand> effectiveBy(List<String> jurisdictions, String category, String outcome, Instant at) {
		return this.db
			.sql("""
					SELECT * FROM reward_bands
					WHERE jurisdiction_code IN (:codes) AND category_code = :category AND outcome = :outcome AND valid_from <= :at""")
			.bind("codes", jurisdictions)
			.bind("category", category)
			.bind("outcome", outcome)
			.bind("at", at)
			.map((row, meta) -> band(row))
			.all();
	}

	private static RewardBand band(Readable row) {
		return new RewardBand(row.get("id", Long.class), row.get("jurisdiction_code", String.class),
				row.get("category_code", String.class), row.get("outcome", String.class),
				row.get("min_amount", BigDecimal.class), row.get("max_amount", BigDecimal.class),
				row.get("valid_from", OffsetDateTime.class).toInstant(), row.get("created_by", String.class));
	}

}
