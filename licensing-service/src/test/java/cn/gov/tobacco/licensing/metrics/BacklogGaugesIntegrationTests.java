package cn.gov.tobacco.licensing.metrics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.platform.outbox.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class BacklogGaugesIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	BacklogGauges gauges;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionalOperator tx;

	@Test
	void anApplicationPastItsDeadlineIsCountedAndTheOutboxBacklogIsTheUnpublishedRows() {
		Fixtures fx = new Fixtures(this.http);
		String id = fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		this.gauges.refresh().block();
		long before = this.gauges.overdue();

		this.db.sql("update application set current_due = :d where id = :id")
			.bind("d", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1))
			.bind("id", UUID.fromString(id))
			.then()
			.block();
		this.gauges.refresh().block();
		assertThat(this.gauges.overdue()).isGreaterThanOrEqualTo(before + 1);
	}

	@Test
	void anUnpublishedOutboxRowIsCounted() {
		// The publisher drains the outbox every 200 ms in tests; a row not yet committed
		// is
		// invisible to it, and counted by a refresh in the same transaction, rolled back.
		Long seen = this.tx.execute((status) -> {
			status.setRollbackOnly();
			return this.outbox.add("test", UUID.randomUUID(), "ApplicationCreated", "{}")
				.then(this.gauges.refresh())
				.then(Mono.fromCallable(this.gauges::pending));
		}).single().block();
		assertThat(seen).isGreaterThanOrEqualTo(1);
	}

	@Test
	void prometheusExposesBothGauges() {
		this.gauges.refresh().block();
		String scrape = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).containsPattern("(?m)^outbox_pending_events(\\{[^}]*\\})? \\d")
			.containsPattern("(?m)^licensing_applications_overdue(\\{[^}]*\\})? \\d");
	}

}
