package cn.gov.tobacco.licensing.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.outbox.Outbox;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.OrphanSweep;
import cn.gov.tobacco.platform.storage.StoredKey;

/**
 * The clean-up of DESIGN.md §8, both ways. Objects no document row refers to (a crash
 * between the upload and the commit) are removed once older than the grace period (an
 * upload still in flight may yet commit its row). Rows older than the grace period whose
 * object is not in the bucket are flagged {@code MISSING}, logged and announced with a
 * {@code DocumentObjectMissing} outbox event for the operators: the row stays, it is the
 * record that the retailer filed the document.
 */
@Component
class DocumentSweep {

	static final String MISSING = "MISSING";

	private static final Logger log = LoggerFactory.getLogger(DocumentSweep.class);

	private final ObjectStore objects;

	private final DatabaseClient db;

	private final Outbox outbox;

	private final JsonMapper json;

	private final TransactionalOperator tx;

	private final Clock clock;

	private final Duration grace;

	private final Jobs jobs;

	DocumentSweep(ObjectStore objects, DatabaseClient db, Outbox outbox, JsonMapper json, TransactionalOperator tx,
			Clock clock, @Value("${licensing.jobs.orphan-grace:1h}") Duration grace, Jobs jobs) {
		this.objects = objects;
		this.db = db;
		this.outbox = outbox;
		this.json = json;
		this.tx = tx;
		this.clock = clock;
		this.grace = grace;
		this.jobs = jobs;
	}

	/**
	 * What one sweep did.
	 *
	 * @param removed objects removed (no row)
	 * @param missing rows newly flagged (no object)
	 */
	record Result(long removed, long missing) {
	}

	/** Spring re-subscribes the returned Mono on every run, so "now" is taken per run. */
	@Scheduled(fixedDelayString = "${licensing.jobs.orphan-sweep-interval:1h}",
			initialDelayString = "${licensing.jobs.orphan-sweep-interval:1h}")
	Mono<Void> scheduled() {
		return this.jobs.run("document-sweep", () -> sweep(Instant.now(this.clock).minus(this.grace)));
	}

	/** Sweeps objects and rows written before {@code olderThan}. */
	Mono<Result> sweep(Instant olderThan) {
		return OrphanSweep.sweep(this.objects, olderThan, this::referencedAmong)
			.zipWhen((removed) -> flagMissing(olderThan))
			.map((t) -> new Result(t.getT1(), t.getT2()));
	}

	private Flux<String> referencedAmong(List<String> keys) {
		return this.db.sql("select storage_key from document where storage_key = any(:keys)")
			.bind("keys", keys.toArray(String[]::new))
			.map((row) -> row.get(0, String.class))
			.all();
	}

	/**
	 * Rows older than the cut-off whose object is absent. Their objects were written
	 * before the rows, so before the cut-off, so before the listing started: absent means
	 * lost.
	 */
	private Mono<Long> flagMissing(Instant olderThan) {
		return this.objects.list()
			.map(StoredKey::key)
			.collect(HashSet<String>::new, Set::add)
			.flatMapMany((present) -> this.db
				.sql("select id, storage_key from document where status <> :missing and uploaded_at < :cut")
				.bind("missing", MISSING)
				.bind("cut", olderThan.atOffset(ZoneOffset.UTC))
				.map((row) -> Map.entry(row.get("id", UUID.class), row.get("storage_key", String.class)))
				.all()
				.filter((row) -> !present.contains(row.getValue())))
			.concatMap((row) -> flag(row.getKey(), row.getValue()))
			.filter(Boolean::booleanValue)
			.count();
	}

	private Mono<Boolean> flag(UUID id, String key) {
		return this.db.sql("update document set status = :missing where id = :id and status <> :missing")
			.bind("missing", MISSING)
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.filter((n) -> n == 1)
			.flatMap((n) -> this.outbox
				.add("document", id, "DocumentObjectMissing",
						this.json.writeValueAsString(Map.of("documentId", id.toString(), "storageKey", key)))
				.doOnSuccess((v) -> log.warn("Document {} refers to object {} which is not in the bucket", id, key))
				.thenReturn(true))
			.defaultIfEmpty(false)
			.as(this.tx::transactional);
	}

}
