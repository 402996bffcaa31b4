package cn.gov.tobacco.complaints.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.platform.outbox.OutboxEvent;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;
import cn.gov.tobacco.platform.outbox.OutboxRetry;
import cn.gov.tobacco.platform.outbox.OutboxSink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publisher that dies mid-batch leaves its leased rows; another publisher (replica or
 * restart) delivers them once the lease has ended, and not before; a run of the job
 * drains the outbox. Runs the real {@link OutboxPublisher} against PostgreSQL, on a copy
 * of the outbox table in a schema of its own so the service's running outbox job never
 * sees these rows.
 */
class OutboxLeaseRecoveryIntegrationTests extends IntegrationTestSupport {

	private static final Duration LEASE = Duration.ofMinutes(5);

	@Test
	void rowsLeasedByADeadPublisherAreDeliveredOnceAfterTheLease() {
		Outbox outbox = Outbox.copied();
		DatabaseClient db = outbox.db();
		TransactionalOperator tx = outbox.tx();
		UUID aggregate = UUID.randomUUID();
		Long id = outbox.insert(aggregate);
		Instant t0 = Instant.now();

		// Publisher A leases the row and dies before its sink answers.
		OutboxPublisher dying = publisher(db, tx, t0, (event) -> Mono.never());
		Disposable batch = dying.publishBatch().subscribe();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> db.sql("SELECT next_attempt_at IS NOT NULL AS leased FROM outbox WHERE id = :id")
				.bind("id", id)
				.map((row, meta) -> row.get("leased", Boolean.class))
				.one()
				.block());
		batch.dispose();

		// Within the lease another publisher leaves the row alone.
		List<OutboxEvent> delivered = new CopyOnWriteArrayList<>();
		assertThat(publisher(db, tx, t0.plus(Duration.ofMinutes(4)), sink(delivered)).publishBatch().block()).isZero();
		assertThat(delivered).isEmpty();

		// After the lease it delivers the row, once.
		OutboxPublisher survivor = publisher(db, tx, t0.plus(LEASE).plusSeconds(30), sink(delivered));
		assertThat(survivor.publishBatch().block()).isEqualTo(1L);
		assertThat(survivor.publishBatch().block()).isZero();
		assertThat(delivered).extracting(OutboxEvent::id).containsExactly(id);
		assertThat(delivered.get(0).aggregateId()).isEqualTo(aggregate);
		assertThat(db.sql("SELECT published_at IS NOT NULL AS published FROM outbox WHERE id = :id")
			.bind("id", id)
			.map((row, meta) -> row.get("published", Boolean.class))
			.one()
			.block()).isTrue();
		outbox.drop();
	}

	/**
	 * One run of the outbox job publishes every row written since the last one, batch
	 * after batch while each leased a full batch (one batch a run fell ever further
	 * behind under load). A row the sink fails is tried once in the run and then waits
	 * for its back-off; the rows after it still go out in the same run.
	 */
	@Test
	void aRunDrainsTheOutboxBatchAfterBatchAndLeavesAFailedRowToItsBackOff() {
		Outbox outbox = Outbox.copied();
		for (int i = 0; i < 25; i++) {
			outbox.insert(UUID.randomUUID());
		}
		List<OutboxEvent> delivered = new CopyOnWriteArrayList<>();
		Instant now = Instant.now();
		// batches of 10: 10, 10, then 5 (not full: drained)
		assertThat(publisher(outbox.db(), outbox.tx(), now, sink(delivered)).drain().block()).isEqualTo(25L);
		assertThat(delivered).hasSize(25);
		assertThat(outbox.unpublished()).isZero();

		// 25 more, and the sink fails the 13th: the second batch publishes 9 of its 10,
		// the run goes on with the third; the failed row was tried once and waits
		delivered.clear();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			ids.add(outbox.insert(UUID.randomUUID()));
		}
		long refused = ids.get(12);
		AtomicInteger tries = new AtomicInteger();
		OutboxSink failing = (event) -> (event.id() == refused) ? Mono
			.defer(() -> Mono.error(new IllegalStateException("the subscriber is down #" + tries.incrementAndGet())))
				: sink(delivered).publish(event);
		assertThat(publisher(outbox.db(), outbox.tx(), now, failing).drain().block()).isEqualTo(24L);
		assertThat(delivered).extracting(OutboxEvent::id).doesNotContain(refused).hasSize(24);
		assertThat(tries).hasValue(1);
		assertThat(outbox.unpublished()).isEqualTo(1L);
		assertThat(outbox.count("id = " + refused + " AND next_attempt_at > '" + now + "'")).isEqualTo(1L);
		outbox.drop();
	}

	/**
	 * A run takes at most {@link OutboxPublisher#MAX_BATCHES_PER_RUN} batches, so the
	 * service's other scheduled jobs never wait behind a backlog; the rest is left
	 * unleased for the next run.
	 */
	@Test
	void aRunTakesAtMostItsBatchesAndLeavesTheRestUnleased() {
		Outbox outbox = Outbox.copied();
		int rows = OutboxPublisher.MAX_BATCHES_PER_RUN + 5;
		for (int i = 0; i < rows; i++) {
			outbox.insert(UUID.randomUUID());
		}
		List<OutboxEvent> delivered = new CopyOnWriteArrayList<>();
		OutboxPublisher onePerBatch = new OutboxPublisher(outbox.db(), outbox.tx(), sink(delivered),
				Clock.fixed(Instant.now(), ZoneOffset.UTC), 1,
				new OutboxRetry(Duration.ofSeconds(10), Duration.ofHours(1), LEASE));
		assertThat(onePerBatch.drain().block()).isEqualTo((long) OutboxPublisher.MAX_BATCHES_PER_RUN);
		assertThat(delivered).hasSize(OutboxPublisher.MAX_BATCHES_PER_RUN);
		assertThat(outbox.count("published_at IS NULL AND next_attempt_at IS NULL")).isEqualTo(5L);
		// the next run goes on
		assertThat(onePerBatch.drain().block()).isEqualTo(5L);
		assertThat(outbox.unpublished()).isZero();
		outbox.drop();
	}

	/**
	 * A copy of the outbox table in a schema of its own, so the service's running outbox
	 * job never sees the rows of these tests.
	 */
	private record Outbox(DatabaseClient setup, DatabaseClient db, TransactionalOperator tx) {

		static Outbox copied() {
			String url = System.getenv()
				.getOrDefault("COMPLAINTS_TEST_DB_URL", "r2dbc:postgresql://localhost:5432/tobacco_test");
			// As the owner (trust on the test server): the runtime role may not create
			// schemas.
			url = url.replace("://", "://postgres@");
			DatabaseClient setup = DatabaseClient.create(ConnectionFactories.get(url));
			setup.sql("CREATE SCHEMA IF NOT EXISTS outbox_lease_test").then().block();
			setup.sql("DROP TABLE IF EXISTS outbox_lease_test.outbox").then().block();
			setup.sql(
					"CREATE TABLE outbox_lease_test.outbox (LIKE complaints.outbox INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
				.then()
				.block();
			ConnectionFactory factory = ConnectionFactories.get(url + "?schema=outbox_lease_test");
			return new Outbox(setup, DatabaseClient.create(factory),
					TransactionalOperator.create(new R2dbcTransactionManager(factory)));
		}

		Long insert(UUID aggregate) {
			return this.db
				.sql("INSERT INTO outbox (aggregate_type, aggregate_id, event_type, payload, created_at) "
						+ "VALUES ('case', :a, 'LeaseTest', '{}', now()) RETURNING id")
				.bind("a", aggregate)
				.map((row, meta) -> row.get("id", Long.class))
				.one()
				.block();
		}

		Long unpublished() {
			return count("published_at IS NULL");
		}

		Long count(String condition) {
			return this.db.sql("SELECT count(*) AS n FROM outbox WHERE " + condition)
				.map((row, meta) -> row.get("n", Long.class))
				.one()
				.block();
		}

		void drop() {
			this.setup.sql("DROP SCHEMA outbox_lease_test CASCADE").then().block();
		}

	}

	private static OutboxSink sink(List<OutboxEvent> delivered) {
		return (event) -> Mono.fromRunnable(() -> delivered.add(event));
	}

	private static OutboxPublisher publisher(DatabaseClient db, TransactionalOperator tx, Instant now,
			OutboxSink sink) {
		return new OutboxPublisher(db, tx, sink, Clock.fixed(now, ZoneOffset.UTC), 10,
				new OutboxRetry(Duration.ofSeconds(10), Duration.ofHours(1), LEASE));
	}

}
