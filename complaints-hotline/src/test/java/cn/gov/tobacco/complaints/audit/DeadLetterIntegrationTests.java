package cn.gov.tobacco.complaints.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.platform.outbox.EventRoute;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;
import cn.gov.tobacco.platform.outbox.UndeliverableEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event its receiver refuses for good is set aside once, with the reason, and offered
 * no more; the pending backlog no longer counts it.
 */
class DeadLetterIntegrationTests extends IntegrationTestSupport {

	static final String REFUSED = "test.refused-for-good";

	@Autowired
	DatabaseClient db;

	@Autowired
	OutboxPublisher publisher;

	@Test
	void anEventRefusedForGoodIsSetAsideWithTheReasonAndNotOfferedAgain() {
		UUID aggregate = UUID.randomUUID();
		long id = this.db
			.sql("INSERT INTO outbox (aggregate_type, aggregate_id, event_type, payload, created_at) "
					+ "VALUES ('case', :aggregate, :type, '{}', now()) RETURNING id")
			.bind("aggregate", aggregate)
			.bind("type", REFUSED)
			.map((row) -> row.get("id", Long.class))
			.one()
			.block();

		await().atMost(Duration.ofSeconds(30)).until(() -> row(id).deadAt() != null);
		Row dead = row(id);
		assertThat(dead.lastError()).contains("unknown license 330106999999999");
		assertThat(dead.attempts()).isEqualTo(1);
		assertThat(dead.publishedAt()).isNull();
		long pendingWithIt = this.db
			.sql("SELECT count(*) FROM outbox WHERE published_at IS NULL AND dead_at IS NULL AND id = :id")
			.bind("id", id)
			.map((r) -> r.get(0, Long.class))
			.one()
			.block();
		assertThat(pendingWithIt).isZero();

		// later publishing rounds leave it alone
		for (int round = 0; round < 3; round++) {
			this.publisher.publishBatch().block();
		}
		assertThat(row(id).attempts()).isEqualTo(1);
	}

	private Row row(long id) {
		return this.db.sql("SELECT attempts, published_at, dead_at, last_error FROM outbox WHERE id = :id")
			.bind("id", id)
			.map((r) -> new Row(r.get("attempts", Integer.class), r.get("published_at", OffsetDateTime.class),
					r.get("dead_at", OffsetDateTime.class), r.get("last_error", String.class)))
			.one()
			.block();
	}

	record Row(int attempts, OffsetDateTime publishedAt, OffsetDateTime deadAt, String lastError) {
	}

	@TestConfiguration
	static class RefusingReceiver {

		@Bean
		EventRoute refusingReceiver() {
			return new EventRoute(REFUSED, (event) -> Mono
				.error(new UndeliverableEvent("receiver answered 422: unknown license 330106999999999", null)));
		}

	}

}
