package cn.gov.tobacco.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Publishes unpublished outbox rows, oldest first, at least once. Each batch is claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the work without
 * publishing a row twice at the same time; a row is marked published only after the sink
 * took it, and a sink failure leaves it (with its attempt count) for the next batch.
 */
public class OutboxPublisher {

	private static final Log logger = LogFactory.getLog(OutboxPublisher.class);

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	private final OutboxSink sink;

	private final Clock clock;

	private final int batchSize;

	public OutboxPublisher(DatabaseClient db, TransactionalOperator tx, OutboxSink sink, Clock clock, int batchSize) {
		this.db = db;
		this.tx = tx;
		this.sink = sink;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/** Publishes one batch; emits how many rows were published. */
	public Mono<Long> publishBatch() {
		return this.db
			.sql("select id, aggregate_type, aggregate_id, event_type, payload, created_at from outbox "
					+ "where published_at is null order by id limit :n for update skip locked")
			.bind("n", this.batchSize)
			.map((row) -> new OutboxEvent(row.get("id", Long.class), row.get("aggregate_type", String.class),
					row.get("aggregate_id", UUID.class), row.get("event_type", String.class),
					row.get("payload", String.class), row.get("created_at", OffsetDateTime.class).toInstant()))
			.all()
			.concatMap((event) -> this.sink.publish(event)
				.then(mark(event, "published_at = :now, attempts = attempts + 1"))
				.thenReturn(1L)
				.onErrorResume((ex) -> {
					logger.warn("Outbox event " + event.id() + " not published: " + ex.getMessage());
					return mark(event, "attempts = attempts + 1").thenReturn(0L);
				}))
			.reduce(0L, Long::sum)
			.as(this.tx::transactional);
	}

	private Mono<Void> mark(OutboxEvent event, String set) {
		var spec = this.db.sql("update outbox set " + set + " where id = :id").bind("id", event.id());
		if (set.contains(":now")) {
			spec = spec.bind("now", Instant.now(this.clock).atOffset(ZoneOffset.UTC));
		}
		return spec.then();
	}

}
