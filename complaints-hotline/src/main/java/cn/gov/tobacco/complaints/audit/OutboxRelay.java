package cn.gov.tobacco.complaints.audit;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Profile;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Publishes outbox rows at least once, oldest first, and marks them published. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances share the work. The
 * platform has no message broker yet: publishing is a structured log line per event (the
 * seam where a broker client goes).
 */
@Component
@Profile("!migrate")
class OutboxRelay {

	private static final Logger events = LoggerFactory.getLogger("complaints.events");

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	OutboxRelay(DatabaseClient db, TransactionalOperator tx) {
		this.db = db;
		this.tx = tx;
	}

	@Scheduled(fixedDelayString = "${complaints.jobs.watch-interval:60s}",
			initialDelayString = "${complaints.jobs.watch-interval:60s}")
	Mono<Void> relay() {
		return Mono.defer(this::relayBatch);
	}

	private Mono<Void> relayBatch() {
		return this.db.sql("""
				SELECT id, aggregate_id, event_type, payload FROM outbox WHERE published_at IS NULL
				ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED""")
			.map((row, meta) -> new Event(row.get("id", Long.class), row.get("aggregate_id", UUID.class),
					row.get("event_type", String.class), row.get("payload", String.class)))
			.all()
			.concatMap((event) -> {
				events.info("event {} {} {}", event.type(), event.aggregateId(), event.payload());
				return this.db.sql("UPDATE outbox SET published_at = now() WHERE id = :id")
					.bind("id", event.id())
					.then();
			})
			.then()
			.as(this.tx::transactional)
			.onErrorResume((ex) -> Mono.empty());
	}

	private record Event(long id, UUID aggregateId, String type, String payload) {
	}

}
