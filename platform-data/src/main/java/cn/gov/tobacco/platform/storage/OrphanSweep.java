package cn.gov.tobacco.platform.storage;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Removes objects that no row refers to: what a crash between writing an object and
 * committing its row leaves behind (DESIGN.md §8). Only objects older than a cut-off are
 * considered, so uploads still in flight are never touched.
 */
public final class OrphanSweep {

	private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

	private static final int BATCH = 100;

	private OrphanSweep() {
	}

	/**
	 * @param store the bucket
	 * @param olderThan only objects written before this instant
	 * @param referencedAmong given some keys, the ones the database still refers to
	 * @return how many objects were removed
	 */
	public static Mono<Long> sweep(ObjectStore store, Instant olderThan,
			Function<List<String>, Flux<String>> referencedAmong) {
		return store.list()
			.filter((stored) -> stored.lastModified().isBefore(olderThan))
			.map(StoredKey::key)
			.buffer(BATCH)
			.concatMap((keys) -> referencedAmong.apply(keys).collectList().flatMapMany((referenced) -> {
				Set<String> orphans = new HashSet<>(keys);
				orphans.removeAll(referenced);
				return Flux.fromIterable(orphans);
			}))
			.concatMap((orphan) -> store.remove(orphan).thenReturn(orphan))
			.doOnNext((orphan) -> log.info("Removed orphaned object {}", orphan))
			.count();
	}

}
