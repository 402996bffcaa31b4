package cn.gov.tobacco.platform.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One page of a list, with the true total of matching rows.
 *
 * @param <T> the row type
 * @param items the rows of the page
 * @param total how many rows match, on every page
 * @param limit the page size
 * @param nextCursor the cursor of the next page, {@code null} on the last
 */
public record Page<T>(List<T> items, long total, int limit, String nextCursor) {

	/**
	 * The page of {@code rows}, read with {@code limit + 1} so one more row tells whether
	 * a next page exists.
	 * @param cursorOf the cursor after a row
	 */
	public static <T> Page<T> of(List<T> rows, long total, int limit, Function<T, KeysetCursor> cursorOf) {
		boolean more = rows.size() > limit;
		List<T> shown = more ? rows.subList(0, limit) : rows;
		return new Page<>(shown, total, limit, more ? cursorOf.apply(shown.get(limit - 1)).encode() : null);
	}

	/**
	 * Reads one page: the page query is asked for {@code limit + 1} rows, the one more
	 * telling whether a next page exists; the total counts the whole filter. Lists call
	 * this instead of fetching the extra row themselves.
	 * @param limit the page size
	 * @param rows the page query, given how many rows to fetch
	 * @param total the count of every matching row
	 * @param cursorOf the cursor after a row
	 */
	public static <T> Mono<Page<T>> read(int limit, IntFunction<Flux<T>> rows, Mono<Long> total,
			Function<T, KeysetCursor> cursorOf) {
		return Mono.zip(rows.apply(limit + 1).collectList(), total)
			.map((t) -> of(t.getT1(), t.getT2(), limit, cursorOf));
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.total, this.limit, this.nextCursor);
	}

}
