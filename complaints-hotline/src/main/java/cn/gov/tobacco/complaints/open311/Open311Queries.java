package cn.gov.tobacco.complaints.open311;

import java.time.format.DateTimeParseException;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.paging.Cursor;
import cn.gov.tobacco.complaints.paging.Page;
import cn.gov.tobacco.platform.paging.KeysetCursor;

/**
 * Cases for the Open311 view, newest first, keyset-paged with a true total.
 */
@Component
class Open311Queries {

	private static final String CLOSED = "state IN ('CLOSED', 'NOT_ACCEPTED')";

	private final DatabaseClient db;

	Open311Queries(DatabaseClient db) {
		this.db = db;
	}

	Mono<CaseRow> byNumber(String caseNumber, String scope) {
		return this.db
			.sql("SELECT " + CaseRow.COLUMNS + " FROM cases WHERE case_number = :n AND division_code LIKE :scope")
			.bind("n", caseNumber)
			.bind("scope", scope)
			.map(CaseRow::map)
			.one();
	}

	Mono<Page<CaseRow>> page(String scope, String status, int limit, String cursor) {
		KeysetCursor after = KeysetCursor.decode(cursor);
		String filter = " WHERE division_code LIKE :scope"
				+ ("closed".equals(status) ? " AND " + CLOSED : "open".equals(status) ? " AND NOT " + CLOSED : "");
		String keyset = (after != null) ? " AND (received_at, id) < (:afterAt, :afterId)" : "";
		GenericExecuteSpec page = this.db
			.sql("SELECT " + CaseRow.COLUMNS + " FROM cases" + filter + keyset
					+ " ORDER BY received_at DESC, id DESC LIMIT :limit")
			.bind("scope", scope)
			.bind("limit", limit + 1);
		if (after != null) {
			try {
				page = page.bind("afterAt", after.instant()).bind("afterId", after.id());
			}
			catch (DateTimeParseException ex) {
				return Mono.error(Cursor.invalid());
			}
		}
		Mono<Long> total = this.db.sql("SELECT count(*) AS n FROM cases" + filter)
			.bind("scope", scope)
			.map((row, meta) -> row.get("n", Long.class))
			.one();
		return Mono.zip(page.map(CaseRow::map).all().collectList(), total)
			.map((t) -> Page.of(t.getT1(), t.getT2(), limit,
					(last) -> KeysetCursor.after(last.receivedAt(), last.id()).encode()));
	}

}
