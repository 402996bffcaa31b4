package cn.gov.tobacco.complaints.cases;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.Page;

/**
 * Every list of cases: the rows a {@link CaseFilter} matches, in a {@link CaseOrder},
 * keyset-paged (platform-common's {@link Page} and {@link KeysetCursor}) with a true
 * total.
 */
@Component
public class CaseQueries {

	private final DatabaseClient db;

	CaseQueries(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * One page of the matching cases.
	 * @param after the cursor of the previous page ({@link KeysetCursor#decode}), or
	 * {@code null} for the first
	 */
	public Mono<Page<CaseRow>> page(CaseFilter filter, CaseOrder order, int limit, KeysetCursor after) {
		return Mono.defer(() -> {
			List<Object> keys = (after != null) ? after.sortKeys(order.keyParsers()) : List.of();
			String keyset = (after != null) ? " AND " + order.after() : "";
			return Page.read(limit,
					(rows) -> afterKeys(filter.bind(this.db.sql("SELECT " + CaseRow.COLUMNS + " FROM cases WHERE "
							+ filter.where() + keyset + " ORDER BY " + order.orderBy() + " LIMIT :limit")), keys, after)
						.bind("limit", rows)
						.map(CaseRow::map)
						.all(),
					count(filter), (last) -> KeysetCursor.after(order.keysOf(last), last.id()));
		});
	}

	/** How many cases match. */
	public Mono<Long> count(CaseFilter filter) {
		return filter.bind(this.db.sql("SELECT count(*) AS total FROM cases WHERE " + filter.where()))
			.map((row, meta) -> row.get("total", Long.class))
			.one();
	}

	/** The one case that matches (a filter on the case number), if any. */
	public Mono<CaseRow> one(CaseFilter filter) {
		return filter.bind(this.db.sql("SELECT " + CaseRow.COLUMNS + " FROM cases WHERE " + filter.where()))
			.map(CaseRow::map)
			.one();
	}

	private static GenericExecuteSpec afterKeys(GenericExecuteSpec spec, List<Object> keys, KeysetCursor after) {
		if (after == null) {
			return spec;
		}
		GenericExecuteSpec bound = spec.bind("afterId", after.id());
		for (int i = 0; i < keys.size(); i++) {
			bound = bound.bind("k" + i, keys.get(i));
		}
		return bound;
	}

}
