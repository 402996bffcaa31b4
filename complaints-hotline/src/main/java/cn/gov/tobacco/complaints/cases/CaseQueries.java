package cn.gov.tobacco.complaints.cases;

import java.time.format.DateTimeParseException;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.paging.Cursor;
import cn.gov.tobacco.complaints.paging.Page;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * Staff lists of cases, scoped to a jurisdiction subtree, newest first, keyset-paged with
 * a true total.
 */
@Component
public class CaseQueries {

	private final DatabaseClient db;

	CaseQueries(DatabaseClient db) {
		this.db = db;
	}

	Mono<Page<CaseRow>> newestFirst(Jurisdiction scope, CaseState state, CaseKind kind, int limit, String cursor) {
		KeysetCursor after = KeysetCursor.decode(cursor);
		String filter = " WHERE division_code LIKE :scope" + ((state != null) ? " AND state = :state" : "")
				+ ((kind != null) ? " AND kind = :kind" : "");
		String keyset = (after != null) ? " AND (received_at, id) < (:afterAt, :afterId)" : "";
		GenericExecuteSpec page = bind(this.db.sql("SELECT " + CaseRow.COLUMNS + " FROM cases" + filter + keyset
				+ " ORDER BY received_at DESC, id DESC LIMIT :limit"), scope, state, kind)
			.bind("limit", limit + 1);
		if (after != null) {
			try {
				page = page.bind("afterAt", after.instant()).bind("afterId", after.id());
			}
			catch (DateTimeParseException ex) {
				return Mono.error(Cursor.invalid());
			}
		}
		Mono<Long> total = bind(this.db.sql("SELECT count(*) AS total FROM cases" + filter), scope, state, kind)
			.map((row, meta) -> row.get("total", Long.class))
			.one();
		return Mono.zip(page.map(CaseRow::map).all().collectList(), total)
			.map((t) -> Page.of(t.getT1(), t.getT2(), limit,
					(last) -> KeysetCursor.after(last.receivedAt(), last.id()).encode()));
	}

	/** A signed-in citizen's own cases, newest first. */
	public Mono<Page<CaseRow>> reportsOf(String subject, int limit, String cursor) {
		KeysetCursor after = KeysetCursor.decode(cursor);
		String keyset = (after != null) ? " AND (received_at, id) < (:afterAt, :afterId)" : "";
		GenericExecuteSpec page = this.db
			.sql("SELECT " + CaseRow.COLUMNS + " FROM cases WHERE reporter_subject = :subject" + keyset
					+ " ORDER BY received_at DESC, id DESC LIMIT :limit")
			.bind("subject", subject)
			.bind("limit", limit + 1);
		if (after != null) {
			try {
				page = page.bind("afterAt", after.instant()).bind("afterId", after.id());
			}
			catch (DateTimeParseException ex) {
				return Mono.error(Cursor.invalid());
			}
		}
		Mono<Long> total = this.db.sql("SELECT count(*) AS total FROM cases WHERE reporter_subject = :subject")
			.bind("subject", subject)
			.map((row, meta) -> row.get("total", Long.class))
			.one();
		return Mono.zip(page.map(CaseRow::map).all().collectList(), total)
			.map((t) -> Page.of(t.getT1(), t.getT2(), limit,
					(last) -> KeysetCursor.after(last.receivedAt(), last.id()).encode()));
	}

	private static GenericExecuteSpec bind(GenericExecuteSpec spec, Jurisdiction scope, CaseState state,
			CaseKind kind) {
		GenericExecuteSpec bound = spec.bind("scope", scope.likePattern());
		if (state != null) {
			bound = bound.bind("state", state.name());
		}
		if (kind != null) {
			bound = bound.bind("kind", kind.name());
		}
		return bound;
	}

}
