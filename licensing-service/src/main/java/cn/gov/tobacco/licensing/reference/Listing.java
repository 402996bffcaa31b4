package cn.gov.tobacco.licensing.reference;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/**
 * One page of a reference table, newest first ({@code created_at desc, id desc}), with
 * the true total: the keyset of the other lists, in a {@link KeysetCursor}.
 *
 * @param <T> the row type
 * @param items the rows of the page
 * @param total how many rows match the filters
 * @param limit the page size
 * @param nextCursor the cursor of the next page, {@code null} on the last
 */
record Listing<T>(List<T> items, long total, int limit, String nextCursor) {

	/**
	 * Reads one page.
	 * @param from {@code from <table> where …} with the filters, bound by {@code params}
	 * @param createdAt how a row tells its creation instant, for the next cursor
	 * @param id how a row tells its id
	 */
	static <T> Mono<Listing<T>> read(DatabaseClient db, String columns, String from, Map<String, Object> params,
			KeysetCursor after, int limit, Function<Readable, T> mapper, Function<T, Instant> createdAt,
			Function<T, UUID> id) {
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		String keyset = "";
		if (after != null) {
			keyset = " and (created_at, id) < (:afterAt, :afterId)";
			pageParams.put("afterAt", instant(after).atOffset(ZoneOffset.UTC));
			pageParams.put("afterId", after.id());
		}
		pageParams.put("limit", limit + 1);
		Mono<List<T>> rows = db
			.sql("select " + columns + from + keyset + " order by created_at desc, id desc limit :limit")
			.bindValues(pageParams)
			.map(mapper)
			.all()
			.collectList();
		Mono<Long> total = db.sql("select count(*)" + from)
			.bindValues(params)
			.map((row) -> row.get(0, Long.class))
			.one();
		return Mono.zip(rows, total).map((t) -> {
			List<T> items = t.getT1();
			boolean more = items.size() > limit;
			List<T> shown = more ? items.subList(0, limit) : items;
			String next = null;
			if (more) {
				T last = shown.get(limit - 1);
				next = KeysetCursor.after(createdAt.apply(last), id.apply(last)).encode();
			}
			return new Listing<>(shown, t.getT2(), limit, next);
		});
	}

	private static Instant instant(KeysetCursor cursor) {
		try {
			return cursor.instant();
		}
		catch (RuntimeException ex) {
			throw ApiException.validation(List.of(FieldProblem.of("cursor", "分页游标无效", "not a cursor of this list")));
		}
	}

}
