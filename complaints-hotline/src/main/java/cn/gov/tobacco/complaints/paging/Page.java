package cn.gov.tobacco.complaints.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list. The query fetches {@code limit + 1} rows to know
 * whether there is a next page.
 *
 * @param <T> the row type
 * @param items the rows of this page
 * @param total every row matching the filter
 * @param limit the page size asked for
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, long total, int limit, String nextCursor) {

	public static <T> Page<T> of(List<T> fetched, long total, int limit, Function<T, String> cursorOf) {
		if (fetched.size() > limit) {
			List<T> items = fetched.subList(0, limit);
			return new Page<>(items, total, limit, cursorOf.apply(items.get(items.size() - 1)));
		}
		return new Page<>(fetched, total, limit, null);
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.total, this.limit, this.nextCursor);
	}

}
