package cn.gov.tobacco.complaints.dispatch;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.paging.Cursor;
import cn.gov.tobacco.complaints.paging.Page;
import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * Work queues: URGENT first (priority 0), then the earliest deadline, then id;
 * keyset-paged over (priority, time, id) with a true total.
 */
@Component
class Queues {

	private static final String OPEN = "state NOT IN ('CLOSED', 'NOT_ACCEPTED')";

	private final DatabaseClient db;

	Queues(DatabaseClient db) {
		this.db = db;
	}

	Mono<Page<CaseRow>> handlerQueue(Jurisdiction bureau, int limit, String cursor) {
		return page("district_code LIKE :scope AND state IN ('DISPATCHED', 'IN_PROGRESS')", "answer_due_at", bureau,
				limit, cursor);
	}

	Mono<Page<CaseRow>> alerts(Jurisdiction scope, int limit, String cursor) {
		return page(
				"division_code LIKE :scope AND " + OPEN
						+ " AND duplicate_of IS NULL AND (urgent OR escalation_level > 0 OR state = 'ESCALATED')",
				"received_at", scope, limit, cursor);
	}

	private Mono<Page<CaseRow>> page(String filter, String timeColumn, Jurisdiction scope, int limit, String cursor) {
		Cursor after = Cursor.decode(cursor, 3);
		String keyset = (after != null) ? " AND (priority, " + timeColumn + ", id) > (:p, :t, :id)" : "";
		var spec = this.db
			.sql("SELECT " + CaseRow.COLUMNS + ", priority FROM cases WHERE " + filter + keyset + " ORDER BY priority, "
					+ timeColumn + ", id LIMIT :limit")
			.bind("scope", scope.likePattern())
			.bind("limit", limit + 1);
		if (after != null) {
			try {
				spec = spec.bind("p", Short.parseShort(after.get(0)))
					.bind("t", Instant.parse(after.get(1)))
					.bind("id", UUID.fromString(after.get(2)));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				return Mono.error(Cursor.invalid());
			}
		}
		Mono<Long> total = this.db.sql("SELECT count(*) AS n FROM cases WHERE " + filter)
			.bind("scope", scope.likePattern())
			.map((row, meta) -> row.get("n", Long.class))
			.one();
		boolean byDue = "answer_due_at".equals(timeColumn);
		return Mono.zip(spec.map(CaseRow::map).all().collectList(), total)
			.map((t) -> Page.of(t.getT1(), t.getT2(), limit, (last) -> Cursor.encode(last.urgent() ? "0" : "1",
					(byDue ? last.answerDueAt() : last.receivedAt()).toString(), last.id().toString())));
	}

}
