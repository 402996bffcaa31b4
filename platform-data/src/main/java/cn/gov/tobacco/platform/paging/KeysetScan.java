package cn.gov.tobacco.platform.paging;

import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads every row of a query, a page at a time in a stable order (keyset, never offset):
 * for jobs that must see all their rows however many there are. Each page is read in full
 * before its rows are handed on, so a job may write on the same connection while it
 * processes them.
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

}
