package cn.gov.tobacco.complaints.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.Page;

/**
 * Every list of cases: the rows a {@link CaseFilter} matches, in a {@link CaseOrder},
 * keyset-paged (platform-data's {@link Page} and {@link KeysetCursor}) with a true total.
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

	/**
	 * How many cases match: from the counters (V16: {@code case_counts} and the deltas
	 * not yet compacted into it, summed in one statement, so in one snapshot) when the
	 * filter is a subtree, states and kinds ({@link CaseFilter#counted()}), else counted
	 * from the rows.
	 */
	public Mono<Long> count(CaseFilter filter) {
		CaseFilter.Counted range = filter.counted();
		if (range == null) {
			return filter.bind(this.db.sql("SELECT count(*) AS total FROM cases WHERE " + filter.where()))
				.map((row, meta) -> row.get("total", Long.class))
				.one();
		}
		Map<String, Object> values = new LinkedHashMap<>();
		String where = counterConditions(range, values);
		GenericExecuteSpec spec = this.db
			.sql("SELECT coalesce(sum(n), 0)::bigint AS total FROM (SELECT n FROM case_counts" + where
					+ " UNION ALL SELECT n FROM case_count_deltas" + where + ") c");
		for (Map.Entry<String, Object> value : values.entrySet()) {
			spec = spec.bind(value.getKey(), value.getValue());
		}
		return spec.map((row, meta) -> row.get("total", Long.class)).one();
	}

	/**
	 * The range as a {@code WHERE} over the counters' columns (collation C: a code
	 * subtree is the range from its prefix to the prefix's successor, served by the key).
	 */
	private static String counterConditions(CaseFilter.Counted range, Map<String, Object> values) {
		List<String> conditions = new ArrayList<>();
		subtree("division_code", "d", range.divisionPrefix(), conditions, values);
		subtree("district_code", "t", range.districtPrefix(), conditions, values);
		if (range.states() != null) {
			conditions.add(range.states().isEmpty() ? "false"
					: "state IN (" + range.states()
						.stream()
						.sorted()
						.map((s) -> "'" + s.name() + "'")
						.collect(Collectors.joining(", ")) + ")");
		}
		if (range.kinds() != null) {
			conditions.add(range.kinds().isEmpty() ? "false" : "kind IN ("
					+ range.kinds().stream().sorted().map((k) -> "'" + k.name() + "'").collect(Collectors.joining(", "))
					+ ")");
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private static void subtree(String column, String name, String prefix, List<String> conditions,
			Map<String, Object> values) {
		if (prefix.isEmpty()) {
			return;
		}
		conditions.add(column + " >= :" + name + "From");
		values.put(name + "From", prefix);
		String end = CaseFilter.Counted.endOf(prefix);
		if (end != null) {
			conditions.add(column + " < :" + name + "End");
			values.put(name + "End", end);
		}
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
