package cn.gov.tobacco.licensing.audit;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.platform.outbox.CloudEventSignature;
import cn.gov.tobacco.platform.outbox.CloudEventsHttpSink;
import cn.gov.tobacco.platform.outbox.EventSubscriber;
import cn.gov.tobacco.platform.outbox.EventsProperties;
import cn.gov.tobacco.platform.outbox.OutboxProperties;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;
import cn.gov.tobacco.platform.outbox.OutboxRetry;
import cn.gov.tobacco.platform.outbox.OutboxSink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12 point 12, licensing's counterpart of complaints' test: a publisher that dies
 * mid-batch leaves its rows leased ({@code next_attempt_at} set, never delivered);
 * another publisher (a replica, or the service restarted) leaves them alone while the
 * lease runs and delivers them once it has ended, each exactly once to each subscriber.
 * The publishers are built as {@code RecordKeepingAutoConfiguration} builds licensing's
 * (the real {@link CloudEventsHttpSink}, the configured subscribers, secrets, batch size
 * and back-off with the default lease), with the subscribers' URLs pointed at a WireMock
 * of this test's own, over a copy of the outbox table in a schema of its own so the
 * service's running outbox job never sees these rows.
 */
@LicensingIntegrationTest
class OutboxLeaseRecoveryIntegrationTests {

	private static final String SCHEMA = "outbox_lease_test";

	@Autowired
	EventsProperties events;

	@Autowired
	OutboxProperties outbox;

	@Autowired
	JsonMapper json;

	WireMockServer subscribers = new WireMockServer(options().dynamicPort());

	DatabaseClient setup;

	@AfterEach
	void cleanUp() {
		this.subscribers.stop();
		if (this.setup != null) {
			this.setup.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").then().block();
		}
	}

	@Test
	void rowsLeasedByAPublisherThatDiedAreDeliveredExactlyOnceByAnotherAfterTheLease() {
		this.subscribers.start();
		this.subscribers.stubFor(post(urlPathMatching("/subscribers/.*")).willReturn(aResponse().withStatus(202)));
		String url = System.getenv()
			.getOrDefault("LICENSING_TEST_DB_URL", "r2dbc:postgresql://localhost:5432/tobacco_test?schema=licensing");
		// As the owner (trust on the test server): the runtime role may not create
		// schemas.
		String database = url.replaceFirst("\\?.*$", "").replace("://", "://postgres@");
		this.setup = DatabaseClient.create(ConnectionFactories.get(database));
		this.setup.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").then().block();
		this.setup.sql("CREATE SCHEMA " + SCHEMA).then().block();
		this.setup
			.sql("CREATE TABLE " + SCHEMA + ".outbox (LIKE licensing.outbox INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
			.then()
			.block();
		ConnectionFactory factory = ConnectionFactories.get(database + "?schema=" + SCHEMA);
		DatabaseClient db = DatabaseClient.create(factory);
		TransactionalOperator tx = TransactionalOperator.create(new R2dbcTransactionManager(factory));

		// Two events of one license (their order matters) and one of another.
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		long issued = insert(db, first, "LicenseIssued", "{\"licenseNo\":\"L-1\",\"status\":\"ACTIVE\"}");
		long suspended = insert(db, first, "LicenseSuspension", "{\"licenseNo\":\"L-1\",\"status\":\"SUSPENDED\"}");
		long other = insert(db, second, "LicenseIssued", "{\"licenseNo\":\"L-2\",\"status\":\"ACTIVE\"}");
		List<Long> ids = List.of(issued, suspended, other);
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

		// Publisher A leases the batch and dies before anything was delivered.
		Disposable dying = publisher(db, tx, t0, (event) -> Mono.never()).publishBatch().subscribe();
		await().atMost(Duration.ofSeconds(20)).until(() -> leased(db) == ids.size());
		dying.dispose();
		Duration lease = OutboxRetry.DEFAULT_LEASE;
		assertThat(db.sql("SELECT next_attempt_at, published_at, attempts FROM outbox ORDER BY id")
			.map((row) -> Map.of("lease", row.get("next_attempt_at", OffsetDateTime.class).toInstant(), "published",
					row.get("published_at", OffsetDateTime.class) != null, "attempts",
					row.get("attempts", Integer.class)))
			.all()
			.collectList()
			.block())
			.hasSize(3)
			.allSatisfy((row) -> assertThat(row).containsEntry("published", false)
				.containsEntry("attempts", 0)
				.containsEntry("lease", t0.atOffset(ZoneOffset.UTC).plus(lease).toInstant()));

		// Within the lease another publisher leaves the rows alone.
		OutboxSink sink = sink();
		assertThat(publisher(db, tx, t0.plus(lease).minusSeconds(1), sink).publishBatch().block()).isZero();
		assertThat(this.subscribers.getAllServeEvents()).isEmpty();

		// Once it has ended, it delivers every row, and only once.
		OutboxPublisher survivor = publisher(db, tx, t0.plus(lease).plusSeconds(1), sink);
		assertThat(survivor.publishBatch().block()).isEqualTo(3L);
		assertThat(survivor.publishBatch().block()).isZero();
		assertThat(publisher(db, tx, t0.plus(lease.multipliedBy(3)), sink).publishBatch().block()).isZero();
		assertThat(db.sql("SELECT count(*) FROM outbox WHERE published_at IS NOT NULL AND attempts = 1")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(3L);

		// Both license subscribers took each event once, signed, one license's in order.
		for (String subscriber : List.of("complaints-license-directory", "e-supervision")) {
			List<LoggedRequest> received = this.subscribers
				.findAll(postRequestedFor(urlPathEqualTo("/subscribers/" + subscriber)));
			List<JsonNode> cloudEvents = received.stream().map((r) -> this.json.readTree(r.getBody())).toList();
			assertThat(cloudEvents).as(subscriber)
				.extracting((ce) -> Long.parseLong(ce.get("id").asString()))
				.containsExactlyInAnyOrderElementsOf(ids);
			assertThat(cloudEvents).as(subscriber)
				.filteredOn((ce) -> ce.get("subject").asString().endsWith(first.toString()))
				.extracting((ce) -> ce.get("type").asString())
				.containsExactly("cn.gov.tobacco.licensing.LicenseIssued",
						"cn.gov.tobacco.licensing.LicenseSuspension");
			String secret = this.events.subscribers()
				.stream()
				.filter((s) -> s.name().equals(subscriber))
				.findFirst()
				.orElseThrow()
				.secret();
			assertThat(received).as(subscriber)
				.allSatisfy((r) -> assertThat(
						CloudEventSignature.verify(secret, r.getBody(), r.getHeader(CloudEventSignature.HEADER)))
					.isTrue());
		}
		assertThat(this.subscribers.getAllServeEvents()).hasSize(6);
	}

	/** The sink licensing's publisher has, its subscribers at this test's WireMock. */
	private OutboxSink sink() {
		List<EventSubscriber> pointedHere = this.events.subscribers()
			.stream()
			.map((s) -> new EventSubscriber(s.name(), s.eventTypes(),
					URI.create(this.subscribers.baseUrl() + "/subscribers/" + s.name()), s.secret()))
			.toList();
		return new CloudEventsHttpSink(WebClient.builder().build(), this.json, this.events.source(),
				this.events.typePrefix(), pointedHere, this.events.timeout());
	}

	private OutboxPublisher publisher(DatabaseClient db, TransactionalOperator tx, Instant now, OutboxSink sink) {
		return new OutboxPublisher(db, tx, sink, Clock.fixed(now, ZoneOffset.UTC), this.outbox.batchSize(),
				new OutboxRetry(this.outbox.retryInitial(), this.outbox.retryMax()));
	}

	private static long insert(DatabaseClient db, UUID aggregate, String type, String payload) {
		return db
			.sql("INSERT INTO outbox (aggregate_type, aggregate_id, event_type, payload, created_at) "
					+ "VALUES ('license', :a, :t, :p, now()) RETURNING id")
			.bind("a", aggregate)
			.bind("t", type)
			.bind("p", payload)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
	}

	private static long leased(DatabaseClient db) {
		return db.sql("SELECT count(*) FROM outbox WHERE next_attempt_at IS NOT NULL")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

}
