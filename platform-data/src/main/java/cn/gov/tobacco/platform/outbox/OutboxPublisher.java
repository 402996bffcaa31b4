package cn.gov.tobacco.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Publishes unpublished outbox rows, oldest first, at least once. Each batch is claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the work without
 * publishing a row twice at the same time; a row is marked published only after the sink
 * took it, and a sink failure leaves it (with its attempt count) for the next batch.
 * <p>
 * With an {@link OutboxRetry} (a remote sink), rows are leased rather than locked while
 * the sink answers, and a failed row gets a {@code next_attempt_at} and is left out of
 * batches until then (exponential back-off), so a sink that is down is not hammered and
 * its rows do not crowd out the others. A row the sink refuses for good
 * ({@link UndeliverableEvent}) is set aside ({@code dead_at}, {@code last_error}).
 */
public class OutboxPublisher {

	private static final Log logger = LogFactory.getLog(OutboxPublisher.class);

	/** How many leased rows are delivered at once. */
	static final int LEASED_CONCURRENCY = 8;

	/**
	 * The most batches one {@link #drain} publishes (1,000 rows in batches of 50, about
	 * ten times what the complaints bench writes between two runs).
	 */
	public static final int MAX_BATCHES_PER_RUN = 20;

	private static final String COLUMNS = "id, aggregate_type, aggregate_id, event_type, payload, created_at, attempts";

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
		return batch().map(Outcome::published);
	}

	/**
	 * Publishes batch after batch while there may be more, so the rows written between
	 * two runs of the job go out in that run however many there are (one batch per run
	 * could not keep up: 50 rows every 2 s is 25 a second, while the complaints bench
	 * writes about 100 a second). With back-off it goes on while a full batch was leased:
	 * a row that failed waits for its next attempt and is not leased again in this run.
	 * Without back-off a failed row would be claimed again at once, so it goes on only
	 * while a batch was published whole. A run takes at most {@link #MAX_BATCHES_PER_RUN}
	 * batches: a scheduled job with a fixed delay holds the service's scheduling thread
	 * until it completes, and the other jobs (deadline watches, notices) must not wait
	 * behind a backlog; the next run, one interval later, goes on. Emits how many rows
	 * were published in all.
	 */
	public Mono<Long> drain() {
		return batch().expand((outcome) -> mayHaveMore(outcome) ? batch() : Mono.empty())
			.take(MAX_BATCHES_PER_RUN)
			.reduce(0L, (sum, outcome) -> sum + outcome.published());
	}

	private Mono<Outcome> batch() {
		return (this.retry != null) ? publishLeased() : publishInTransaction();
	}

	/** After this batch, is another worth taking in the same run (see {@link #drain})? */
	private boolean mayHaveMore(Outcome outcome) {
		return ((this.retry != null) ? outcome.claimed() : outcome.published()) >= this.batchSize;
	}

	/**
	 * Without back-off the sink is in-process (a log, a projection): the batch is claimed
	 * and published in one transaction.
	 */
	private Mono<Outcome> publishInTransaction() {
		return Mono.defer(() -> this.db
			.sql("select " + COLUMNS + " from outbox where published_at is null order by id limit :n "
					+ "for update skip locked")
			.bind("n", this.batchSize)
			.map(OutboxPublisher::claimed)
			.all()
			// read the whole batch before the first update: the connection serves one
			// statement at a time, and a half-read result would wait for that update
			// forever
			.collectList()
			.flatMap((batch) -> Flux.fromIterable(batch)
				.concatMap(this::deliver)
				.reduce(0L, Long::sum)
				.map((published) -> new Outcome(batch.size(), published)))
			.as(this.tx::transactional));
	}

	/**
	 * With back-off the sink is remote (another service): no transaction is held while it
	 * answers. One statement leases the batch (its rows get
	 * {@code next_attempt_at = now +
	 * lease}, so other replicas and later batches leave them alone), each row is then
	 * delivered and marked on its own. A process that dies mid-batch leaves its rows to
	 * be offered again when the lease ends: at least once, as before.
	 */
	private Mono<Outcome> publishLeased() {
		return Mono.defer(() -> {
			OffsetDateTime now = Instant.now(this.clock).atOffset(ZoneOffset.UTC);
			return this.db
				.sql("update outbox set next_attempt_at = :lease where id in (select id from outbox "
						+ "where published_at is null and dead_at is null "
						+ "and (next_attempt_at is null or next_attempt_at <= :now) "
						+ "order by id limit :n for update skip locked) returning " + COLUMNS)
				.bind("lease", now.plus(this.retry.lease()))
				.bind("now", now)
				.bind("n", this.batchSize)
				.map(OutboxPublisher::claimed)
				.all()
				.collectSortedList(Comparator.comparing((Claimed claimed) -> claimed.event().id()))
				// a remote sink's latency dominates: several aggregates are delivered at
				// once (each row is marked on its own), one aggregate's events still in
				// order
				.flatMap((batch) -> Flux.fromIterable(byAggregate(batch))
					.flatMap((events) -> Flux.fromIterable(events).concatMap(this::deliver), LEASED_CONCURRENCY)
					.reduce(0L, Long::sum)
					.map((published) -> new Outcome(batch.size(), published)));
		});
	}

	/** A batch: how many rows it claimed (or leased), how many of them were published. */
	private record Outcome(int claimed, long published) {
	}

	private Mono<Long> deliver(Claimed claimed) {
		return this.sink.publish(claimed.event())
			.then(published(claimed.event()))
			.thenReturn(1L)
			.onErrorResume((ex) -> {
				if (ex instanceof UndeliverableEvent && this.retry != null) {
					logger.error("Outbox event " + claimed.event().id() + " refused for good, set aside: "
							+ ex.getMessage());
					return dead(claimed, ex.getMessage()).thenReturn(0L);
				}
				logger.warn("Outbox event " + claimed.event().id() + " not published: " + ex.getMessage());
				return failed(claimed).thenReturn(0L);
			});
	}

	private Mono<Void> dead(Claimed claimed, String reason) {
		String error = (reason != null) ? reason : "undeliverable";
		return this.db
			.sql("update outbox set attempts = attempts + 1, dead_at = :now, last_error = :error where id = :id")
			.bind("id", claimed.event().id())
			.bind("now", Instant.now(this.clock).atOffset(ZoneOffset.UTC))
			.bind("error", error.substring(0, Math.min(error.length(), 500)))
			.then();
	}

	private static Claimed claimed(Readable row) {
		return new Claimed(
				new OutboxEvent(row.get("id", Long.class), row.get("aggregate_type", String.class),
						row.get("aggregate_id", UUID.class), row.get("event_type", String.class),
						row.get("payload", String.class), row.get("created_at", OffsetDateTime.class).toInstant()),
				row.get("attempts", Integer.class));
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

	private static java.util.Collection<java.util.List<Claimed>> byAggregate(java.util.List<Claimed> batch) {
		java.util.Map<UUID, java.util.List<Claimed>> groups = new java.util.LinkedHashMap<>();
		for (Claimed claimed : batch) {
			groups.computeIfAbsent(claimed.event().aggregateId(), (id) -> new java.util.ArrayList<>()).add(claimed);
		}
		return groups.values();
	}

	private record Claimed(OutboxEvent event, Integer attempts) {
	}

}
