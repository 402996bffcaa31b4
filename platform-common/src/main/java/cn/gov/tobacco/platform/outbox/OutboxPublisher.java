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
 * <p>
 * With an {@link OutboxRetry}, a failed row also gets a {@code next_attempt_at} and is
 * left out of batches until then (exponential back-off), so a sink that is down is not
 * hammered and its rows do not crowd out the others.
 */
public class OutboxPublisher {

	private static final Log logger = LogFactory.getLog(OutboxPublisher.class);

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	private final OutboxSink sink;

	private final Clock clock;

	private final int batchSize;

	private final OutboxRetry retry;

	public OutboxPublisher(DatabaseClient db, TransactionalOperator tx, OutboxSink sink, Clock clock, int batchSize) {
		this(db, tx, sink, clock, batchSize, null);
	}

	/**
	 * A publisher that backs off after failures.
	 * @param retry the back-off, or {@code null} to offer failed rows again in every
	 * batch
	 */
	public OutboxPublisher(DatabaseClient db, TransactionalOperator tx, OutboxSink sink, Clock clock, int batchSize,
			OutboxRetry retry) {
		this.db = db;
		this.tx = tx;
		this.sink = sink;
		this.clock = clock;
		this.batchSize = batchSize;
		this.retry = retry;
	}

	/** Publishes one batch; emits how many rows were published. */
	public Mono<Long> publishBatch() {
		return Mono.defer(() -> {
			Instant now = Instant.now(this.clock);
			var select = this.db
				.sql("select id, aggregate_type, aggregate_id, event_type, payload, created_at, attempts "
						+ "from outbox where published_at is null"
						+ ((this.retry != null) ? " and (next_attempt_at is null or next_attempt_at <= :now)" : "")
						+ " order by id limit :n for update skip locked")
				.bind("n", this.batchSize);
			if (this.retry != null) {
				select = select.bind("now", now.atOffset(ZoneOffset.UTC));
			}
			return select
				.map((row) -> new Claimed(
						new OutboxEvent(row.get("id", Long.class), row.get("aggregate_type", String.class),
								row.get("aggregate_id", UUID.class), row.get("event_type", String.class),
								row.get("payload", String.class),
								row.get("created_at", OffsetDateTime.class).toInstant()),
						row.get("attempts", Integer.class)))
				.all()
				.concatMap((claimed) -> this.sink.publish(claimed.event())
					.then(published(claimed.event()))
					.thenReturn(1L)
					.onErrorResume((ex) -> {
						logger.warn("Outbox event " + claimed.event().id() + " not published: " + ex.getMessage());
						return failed(claimed).thenReturn(0L);
					}))
				.reduce(0L, Long::sum)
				.as(this.tx::transactional);
		});
	}

	private Mono<Void> published(OutboxEvent event) {
		return this.db.sql("update outbox set published_at = :now, attempts = attempts + 1 where id = :id")
			.bind("id", event.id())
			.bind("now", Instant.now(this.clock).atOffset(ZoneOffset.UTC))
			.then();
	}

	private Mono<Void> failed(Claimed claimed) {
		if (this.retry == null) {
			return this.db.sql("update outbox set attempts = attempts + 1 where id = :id")
				.bind("id", claimed.event().id())
				.then();
		}
		int failures = ((claimed.attempts() != null) ? claimed.attempts() : 0) + 1;
		Instant next = Instant.now(this.clock).plus(this.retry.delayAfter(failures));
		return this.db.sql("update outbox set attempts = attempts + 1, next_attempt_at = :next where id = :id")
			.bind("id", claimed.event().id())
			.bind("next", next.atOffset(ZoneOffset.UTC))
			.then();
	}

	private record Claimed(OutboxEvent event, Integer attempts) {
	}

}
