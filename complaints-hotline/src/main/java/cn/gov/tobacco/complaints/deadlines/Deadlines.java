package cn.gov.tobacco.complaints.deadlines;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.calendar.WorkingDays;

/**
 * Finds the setting in force and turns it into due dates. A category-specific setting
 * wins over the kind's general one; the latest {@code valid_from} not in the future wins.
 */
@Component
public class Deadlines {

	private final DatabaseClient db;

	private final WorkingDays workingDays;

	Deadlines(DatabaseClient db, WorkingDays workingDays) {
		this.db = db;
		this.workingDays = workingDays;
	}

	public Mono<DeadlineSetting> inForce(String kind, String category, Instant at) {
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

	/**
	 * End of the working day {@code days} working days after {@code from}, in the zone.
	 */
	public Mono<Instant> answerDue(Instant from, int days, ZoneId zone) {
		ZonedDateTime start = from.atZone(zone);
		return this.workingDays.calendar()
			.map((calendar) -> calendar.addWorkingDays(start.toLocalDate(), days)
				.due()
				.atTime(LocalTime.of(23, 59, 59))
				.atZone(zone)
				.toInstant());
	}

}
