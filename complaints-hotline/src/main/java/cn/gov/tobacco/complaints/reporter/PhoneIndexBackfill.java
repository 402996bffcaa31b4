package cn.gov.tobacco.complaints.reporter;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Profile;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Fills the phone blind index of cases that have an encrypted phone but no index: rows
 * written before migration V4 (which cannot know the key), by an older instance during a
 * rolling update, or after the index key was changed and the column cleared. Runs soon
 * after start-up and then periodically, in batches claimed with {@code SKIP LOCKED} so
 * replicas share the work; the case version is not touched (the index is derived data).
 */
@Component
@Profile("!migrate")
public class PhoneIndexBackfill {

	private static final int BATCH = 200;

	private final DatabaseClient db;

	private final ReporterCipher cipher;

	private final PhoneIndex index;

	private final TransactionalOperator tx;

	private final Jobs jobs;

	PhoneIndexBackfill(DatabaseClient db, ReporterCipher cipher, PhoneIndex index, TransactionalOperator tx,
			Jobs jobs) {
		this.db = db;
		this.cipher = cipher;
		this.index = index;
		this.tx = tx;
		this.jobs = jobs;
	}

	@Scheduled(initialDelayString = "5s", fixedDelayString = "${complaints.jobs.phone-index-backfill-interval:5m}")
	Mono<Void> backfill() {
		return this.jobs.run("phone-index-backfill", this::runUntilDone);
	}

	/** Fills batches until none is left; emits how many rows got an index. */
	public Mono<Long> runUntilDone() {
		return batch().expand((n) -> (n == BATCH) ? batch() : Mono.empty()).reduce(0L, Long::sum);
	}

	private Mono<Long> batch() {
		return this.db.sql("""
				SELECT id, reporter_phone FROM cases
				WHERE reporter_phone IS NOT NULL AND reporter_phone_index IS NULL
				ORDER BY id LIMIT :n FOR UPDATE SKIP LOCKED""")
			.bind("n", BATCH)
			.map((row, meta) -> new Pending(row.get("id", UUID.class), row.get("reporter_phone", byte[].class)))
			.all()
			// read the batch in full first: its updates go over the same connection,
			// which
			// serves one statement at a time
			.collectList()
			.flatMapMany(Flux::fromIterable)
			.concatMap((pending) -> {
				String value = this.index.of(this.cipher.decrypt(pending.phone()));
				// A phone without digits gets an index that matches nothing, so it is not
				// picked up again.
				return this.db.sql("UPDATE cases SET reporter_phone_index = :index WHERE id = :id")
					.bind("index", (value != null) ? value : "-".repeat(64))
					.bind("id", pending.id())
					.fetch()
					.rowsUpdated();
			})
			.count()
			.as(this.tx::transactional);
	}

	private record Pending(UUID id, byte[] phone) {
	}

}
