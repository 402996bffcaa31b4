package cn.gov.tobacco.platform.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Reads a query in a stable order, a page at a time (keyset, never offset): every row,
 * for jobs that must see all their rows however many there are ({@link #all}); or one
 * page of a list with its true total, for the list endpoints ({@link Query}). A job's
 * pages are read in full before their rows are handed on, so a job may write on the same
 * connection while it processes them.
 */
public final class KeysetScan {

	/** The page size of job scans. */
	public static final int PAGE = 200;

	private KeysetScan() {
	}

	/**
	 * All rows, page after page.
	 * @param pageSize the rows per page (the page query's {@code limit})
	 * @param page reads the first page for {@code null}, else the page after the given
	 * key (ordered by that key, ascending)
	 * @param keyOf the ordering key of a row (unique: include the id)
	 */
	public static <T, K> Flux<T> all(int pageSize, Function<K, Flux<T>> page, Function<T, K> keyOf) {
		return Flux.defer(() -> page.apply(null).collectList())
			.expand((rows) -> (rows.size() < pageSize) ? Mono.empty()
					: page.apply(keyOf.apply(rows.get(rows.size() - 1))).collectList())
			.concatMapIterable((List<T> rows) -> rows);
	}

	/**
	 * A list read a page at a time in SQL, with its true total. {@code from} holds the
	 * tables and a {@code where} clause with the list's filters, bound by {@code params};
	 * the order is the keys, then the id (unique), all ascending or all descending. A
	 * page is
	 * {@code select <columns> <from> and (<keys>, <id>) > (<the cursor's>) order by
	 * <keys>, <id> limit <limit + 1>} ({@code <} and {@code desc} when descending),
	 * through {@link Page#read}; the total is {@code select count(*) <from>}. The cursor
	 * carries the keys as {@link KeysetCursor#after(List, java.util.UUID)} writes them.
	 *
	 * @param columns the select list
	 * @param from {@code from …} with a {@code where} clause (at least
	 * {@code where true})
	 * @param params the filters' parameters
	 * @param id the id's expression, the last key of the order
	 * @param descending whether every key is descending (newest first)
	 * @param keys the order's keys before the id
	 */
	public record Query(String columns, String from, Map<String, ?> params, String id, boolean descending,
			List<Key> keys) {

		/** A list ordered by the keys, then the id, ascending. */
		public static Query ascending(String columns, String from, Map<String, ?> params, String id, Key... keys) {
			return new Query(columns, from, params, id, false, List.of(keys));
		}

		/** A list ordered by the keys, then the id, descending (newest first). */
		public static Query descending(String columns, String from, Map<String, ?> params, String id, Key... keys) {
			return new Query(columns, from, params, id, true, List.of(keys));
		}

		/**
		 * The statement that reads up to {@code rows} rows after {@code after} (from the
		 * first for {@code null}); a cursor whose keys do not read is a 400 on
		 * {@code cursor}.
		 */
		public Statement page(KeysetCursor after, int rows) {
			List<String> order = new ArrayList<>();
			this.keys.forEach((key) -> order.add(key.expression()));
			order.add(this.id);
			Map<String, Object> values = new LinkedHashMap<>(this.params);
			StringBuilder sql = new StringBuilder("select ").append(this.columns).append(this.from);
			if (after != null) {
				List<Object> keyValues = this.keys.isEmpty() ? List.of()
						: after.sortKeys(this.keys.stream().map(Key::reader).toList());
				List<String> names = new ArrayList<>();
				for (int i = 0; i < keyValues.size(); i++) {
					names.add(":keyset" + i);
					values.put("keyset" + i, keyValues.get(i));
				}
				names.add(":keysetId");
				values.put("keysetId", after.id());
				sql.append(" and (")
					.append(String.join(", ", order))
					.append(this.descending ? ") < (" : ") > (")
					.append(String.join(", ", names))
					.append(")");
			}
			String direction = this.descending ? " desc" : "";
			sql.append(" order by ")
				.append(order.stream().map((expression) -> expression + direction).collect(Collectors.joining(", ")))
				.append(" limit :keysetLimit");
			values.put("keysetLimit", rows);
			return new Statement(sql.toString(), values);
		}

		/** The statement that counts every row the filters match. */
		public Statement count() {
			return new Statement("select count(*)" + this.from, new LinkedHashMap<>(this.params));
		}

		/**
		 * The page after {@code after} (the first for {@code null}) and the total, read
		 * at once by {@link Page#read} (one row more than the page tells whether a next
		 * one exists).
		 * @param row reads a row
		 * @param cursorOf the cursor after a row: its keys (see
		 * {@link KeysetCursor#after(List, java.util.UUID)}) and id
		 */
		public <T> Mono<Page<T>> read(DatabaseClient db, KeysetCursor after, int limit,
				Function<? super Readable, T> row, Function<T, KeysetCursor> cursorOf) {
			Statement count = count();
			Mono<Long> total = db.sql(count.sql()).bindValues(count.params()).map((r) -> r.get(0, Long.class)).one();
			return Page.read(limit, (rows) -> {
				Statement page = page(after, rows);
				return db.sql(page.sql()).bindValues(page.params()).map(row).all();
			}, total, cursorOf);
		}

	}

	/**
	 * One statement and its parameters.
	 *
	 * @param sql the SQL with named parameters
	 * @param params their values
	 */
	public record Statement(String sql, Map<String, Object> params) {
	}

	/**
	 * A key of a list's order: its SQL expression, and how its text in a cursor becomes
	 * the value bound against it.
	 *
	 * @param expression the SQL expression
	 * @param reader reads the key's text back
	 */
	public record Key(String expression, Function<String, ?> reader) {

		/** A timestamp ({@link Instant} text in the cursor). */
		public static Key instant(String expression) {
			return new Key(expression, (text) -> Instant.parse(text).atOffset(ZoneOffset.UTC));
		}

		/** A day ({@link LocalDate} text). */
		public static Key date(String expression) {
			return new Key(expression, LocalDate::parse);
		}

		/** An integer, e.g. a rank that puts what needs work first. */
		public static Key number(String expression) {
			return new Key(expression, Integer::valueOf);
		}

		/** A text, compared as the database compares it. */
		public static Key text(String expression) {
			return new Key(expression, (text) -> text);
		}

	}

}
