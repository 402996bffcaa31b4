package cn.gov.tobacco.complaints.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publisher that dies mid-batch leaves its leased rows; another publisher (replica or
 * restart) delivers them once the lease has ended, and not before. Runs the real
 * {@link OutboxPublisher} against PostgreSQL, on a copy of the outbox table in a schema
 * of its own so the service's running outbox job never sees these rows.
 */
class OutboxLeaseRecoveryIntegrationTests extends IntegrationTestSupport {

	private static final Duration LEASE = Duration.ofMinutes(5);

	@Test
	void rowsLeasedByADeadPublisherAreDeliveredOnceAfterTheLease() {
		String url = System.getenv()
			.getOrDefault("COMPLAINTS_TEST_DB_URL", "r2dbc:postgresql://localhost:5432/tobacco_test");
		// As the owner (trust on the test server): the runtime role may not create
		// schemas.
		url = url.replace("://", "://postgres@");
		ConnectionFactory admin = ConnectionFactories.get(url);
		DatabaseClient setup = DatabaseClient.create(admin);
		setup.sql("CREATE SCHEMA IF NOT EXISTS outbox_lease_test").then().block();
		setup.sql("DROP TABLE IF EXISTS outbox_lease_test.outbox").then().block();
		setup.sql(
				"CREATE TABLE outbox_lease_test.outbox (LIKE complaints.outbox INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
			.then()
			.block();
		ConnectionFactory factory = ConnectionFactories.get(url + "?schema=outbox_lease_test");
		DatabaseClient db = DatabaseClient.create(factory);
		TransactionalOperator tx = TransactionalOperator.create(new R2dbcTransactionManager(factory));
		UUID aggregate = UUID.randomUUID();
		Long id = db
			.sql("INSERT INTO outbox (aggregate_type, aggregate_id, event_type, payload, created_at) "
					+ "VALUES ('case', :a, 'LeaseTest', '{}', now()) RETURNING id")
			.bind("a", aggregate)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
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
		setup.sql("DROP SCHEMA outbox_lease_test CASCADE").then().block();
	}

	private static cn.gov.tobacco.platform.outbox.OutboxSink sink(List<OutboxEvent> delivered) {
		return (event) -> Mono.fromRunnable(() -> delivered.add(event));
	}

	private static OutboxPublisher publisher(DatabaseClient db, TransactionalOperator tx, Instant now,
			cn.gov.tobacco.platform.outbox.OutboxSink sink) {
		return new OutboxPublisher(db, tx, sink, Clock.fixed(now, ZoneOffset.UTC), 10,
				new OutboxRetry(Duration.ofSeconds(10), Duration.ofHours(1), LEASE));
	}

}
