package cn.gov.tobacco.complaints.deadlines;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.DeadlineSettingDto;

/**
 * The rows of {@code deadline_settings}: never changed, a new row replaces the one in
 * force from its {@code valid_from}, the old ones stay as history.
 */
@Component
class DeadlineSettingRepository {

	private final DatabaseClient db;

	DeadlineSettingRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * The setting in force at an instant: a category-specific one wins over the kind's
	 * general one, the latest {@code valid_from} not after the instant wins.
	 */
	Mono<DeadlineSetting> inForce(String kind, String category, Instant at) {
		return this.db.sql("""
				SELECT id, acknowledge_hours, answer_working_days FROM deadline_settings
				WHERE kind = :kind AND (category_code = :category OR category_code IS NULL) AND valid_from <= :at
				ORDER BY category_code NULLS LAST, valid_from DESC, id DESC LIMIT 1""")
			.bind("kind", kind)
			.bind("category", category)
			.bind("at", at)
			.map((row, meta) -> new DeadlineSetting(row.get("id", Long.class),
					row.get("acknowledge_hours", Integer.class), row.get("answer_working_days", Integer.class)))
			.one();
	}

	/** Every setting, the newest first. */
	Flux<DeadlineSettingDto> all() {
		return this.db.sql("SELECT * FROM deadline_settings ORDER BY valid_from DESC, id DESC")
			.map((row, meta) -> dto(row))
			.all();
	}

	/**
	 * A new setting in force from {@code from}; empty when the category does not exist.
	 * @param category the category code, or {@code null} for the kind's general setting
	 */
	Mono<DeadlineSettingDto> add(String kind, String category, int acknowledgeHours, int answerWorkingDays,
			Instant from, String by) {
		return this.db
			.sql("""
					INSERT INTO deadline_settings (kind, category_code, acknowledge_hours, answer_working_days, valid_from, created_by)
					SELECT :kind, c.code, :ack, :days, :from, :by FROM (SELECT NULLIF(CAST(:category AS varchar), '') AS code) c
					WHERE c.code IS NULL OR EXISTS (SELECT 1 FROM categories WHERE code = c.code)
					RETURNING *""")
			.bind("kind", kind)
			.bind("category", (category != null) ? category : "")
			.bind("ack", acknowledgeHours)
			.bind("days", answerWorkingDays)
			.bind("from", from)
			.bind("by", by)
			.map((row, meta) -> dto(row))
			.one();
	}

	private static DeadlineSettingDto dto(Readable row) {
		return new DeadlineSettingDto().id(row.get("id", Long.class))
			.kind(CaseKindDto.fromValue(row.get("kind", String.class)))
			.category(row.get("category_code", String.class))
			.acknowledgeHours(row.get("acknowledge_hours", Integer.class))
			.answerWorkingDays(row.get("answer_working_days", Integer.class))
			.validFrom(row.get("valid_from", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC))
			.createdBy(row.get("created_by", String.class));
	}

}
