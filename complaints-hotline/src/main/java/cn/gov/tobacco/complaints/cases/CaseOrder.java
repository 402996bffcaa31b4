package cn.gov.tobacco.complaints.cases;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The orders case lists are read in, each with its keyset: the condition that continues
 * after a cursor and the sort keys a cursor keeps (platform-common's
 * {@link cn.gov.tobacco.platform.paging.KeysetCursor}, the id last).
 */
public enum CaseOrder {

	/** Newest first: staff lists, a citizen's own reports, caller history, Open311. */
	NEWEST_FIRST("received_at DESC, id DESC", "(received_at, id) < (:k0, :afterId)", List.of(Instant::parse),
			(c) -> List.of(c.receivedAt().toString())),

	/** A handler's queue: URGENT first, then the earliest answer due date. */
	URGENT_THEN_DUE("priority, answer_due_at, id", "(priority, answer_due_at, id) > (:k0, :k1, :afterId)",
			List.of(Short::parseShort, Instant::parse), (c) -> List.of(priority(c), c.answerDueAt().toString())),

	/** Supervision alerts: URGENT first, then the earliest received. */
	URGENT_THEN_RECEIVED("priority, received_at, id", "(priority, received_at, id) > (:k0, :k1, :afterId)",
			List.of(Short::parseShort, Instant::parse), (c) -> List.of(priority(c), c.receivedAt().toString()));

	private final String orderBy;

	private final String after;

	private final List<Function<String, ?>> keyParsers;

	private final Function<CaseRow, List<String>> keysOf;

	CaseOrder(String orderBy, String after, List<Function<String, ?>> keyParsers,
			Function<CaseRow, List<String>> keysOf) {
		this.orderBy = orderBy;
		this.after = after;
		this.keyParsers = keyParsers;
		this.keysOf = keysOf;
	}

	String orderBy() {
		return this.orderBy;
	}

	/** The keyset condition: rows after the cursor's keys ({@code :k0}, …) and id. */
	String after() {
		return this.after;
	}

	List<Function<String, ?>> keyParsers() {
		return this.keyParsers;
	}

	List<String> keysOf(CaseRow row) {
		return this.keysOf.apply(row);
	}

	/** {@code cases.priority}: 0 for URGENT, 1 otherwise (set at intake). */
	private static String priority(CaseRow c) {
		return c.urgent() ? "0" : "1";
	}

}
