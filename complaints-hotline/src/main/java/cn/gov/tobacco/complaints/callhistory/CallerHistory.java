package cn.gov.tobacco.complaints.callhistory;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.audit.AuditTrail;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.paging.Cursor;
import cn.gov.tobacco.complaints.paging.Page;
import cn.gov.tobacco.complaints.reporter.PhoneIndex;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.security.Caller;

/**
 * Earlier phone-channel cases of a phone number in the caller's subtree, rate-limited per
 * user ({@link LookupQuota}), newest first, keyset-paged with a true total. Each lookup
 * is appended, in the same transaction and before any data leaves, to the audit chain of
 * that number (aggregate type {@code caller-history}, id derived from the blind index:
 * the number itself is never written).
 */
@Service
public class CallerHistory {

	/** The aggregate type of lookup chains. */
	public static final String AGGREGATE = "caller-history";

	private final DatabaseClient db;

	private final PhoneIndex phoneIndex;

	private final AuditTrail audit;

	private final TransactionalOperator tx;

	private final LookupQuota quota;

	CallerHistory(DatabaseClient db, PhoneIndex phoneIndex, AuditTrail audit, TransactionalOperator tx,
			LookupQuota quota) {
		this.quota = quota;
		this.db = db;
		this.phoneIndex = phoneIndex;
		this.audit = audit;
		this.tx = tx;
	}

	public Mono<Page<CaseRow>> lookUp(String callerNumber, Caller caller, int limit, String cursor) {
		String index = this.phoneIndex.of(callerNumber);
		if (index == null) {
			return Mono.error(ApiException
				.validation(List.of(FieldProblem.of("callerNumber", "号码至少要有一位数字", "needs at least one digit"))));
		}
		KeysetCursor after = KeysetCursor.decode(cursor);
		// Phone-channel cases only: the agent looks up the person on the line; matching
		// web
		// or 12345 reports would tell an agent who filed them.
		String filter = " WHERE reporter_phone_index = :index AND channel = 'PHONE' AND division_code LIKE :scope";
		String keyset = (after != null) ? " AND (received_at, id) < (:afterAt, :afterId)" : "";
		GenericExecuteSpec page = this.db
			.sql("SELECT " + CaseRow.COLUMNS + " FROM cases" + filter + keyset
					+ " ORDER BY received_at DESC, id DESC LIMIT :limit")
			.bind("index", index)
			.bind("scope", caller.jurisdiction().likePattern())
			.bind("limit", limit + 1);
		if (after != null) {
			try {
				page = page.bind("afterAt", after.instant()).bind("afterId", after.id());
			}
			catch (DateTimeParseException ex) {
				return Mono.error(Cursor.invalid());
			}
		}
		Mono<Long> total = this.db.sql("SELECT count(*) AS total FROM cases" + filter)
			.bind("index", index)
			.bind("scope", caller.jurisdiction().likePattern())
			.map((row, meta) -> row.get("total", Long.class))
			.one();
		UUID chain = UUID.nameUUIDFromBytes((AGGREGATE + ":" + index).getBytes(StandardCharsets.UTF_8));
		Mono<Page<CaseRow>> lookup = Mono.zip(page.map(CaseRow::map).all().collectList(), total)
			.map((t) -> Page.of(t.getT1(), t.getT2(), limit,
					(last) -> KeysetCursor.after(last.receivedAt(), last.id()).encode()))
			.flatMap((result) -> this.audit.append(AGGREGATE, chain, "CALLER_HISTORY_LOOKUP", caller.subject(),
					"{\"scope\":\"" + caller.jurisdiction().code() + "\",\"total\":" + result.total() + ",\"returned\":"
							+ result.items().size() + ",\"page\":\"" + ((after != null) ? "next" : "first") + "\"}")
				.thenReturn(result))
			.as(this.tx::transactional);
		return this.quota.take(caller).then(lookup);
	}

	/** Seconds a refused caller is told to wait (the window). */
	public long retryAfterSeconds() {
		return this.quota.retryAfterSeconds();
	}

}
