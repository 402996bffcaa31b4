package cn.gov.tobacco.complaints.metrics;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;

import static org.assertj.core.api.Assertions.assertThat;

class BacklogGaugesIntegrationTests extends IntegrationTestSupport {

	@Autowired
	BacklogGauges gauges;

	@Autowired
	DatabaseClient db;

	@Test
	void aCasePastItsAcknowledgementDeadlineIsCountedAsOverdue() {
		Reports.FiledBody filed = client().post()
			.uri("/api/complaints/public/reports")
			.body(org.springframework.web.reactive.function.BodyInserters
				.fromMultipartData(report(Reports.counterfeit("330106"), null, null).build()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Reports.FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(filed.state()).isEqualTo("RECEIVED");

		this.gauges.refresh().block();
		long before = this.gauges.overdue();
		assertThat(before).isEqualTo(count(BacklogGauges.OVERDUE_SQL));
		assertThat(this.gauges.pending()).isEqualTo(count(BacklogGauges.PENDING_SQL));
		assertThat(this.gauges.dead()).isEqualTo(count(BacklogGauges.DEAD_SQL));

		this.db.sql("UPDATE cases SET acknowledge_due_at = now() - interval '1 hour' WHERE case_number = :n")
			.bind("n", filed.caseNumber())
			.fetch()
			.rowsUpdated()
			.block();
		this.gauges.refresh().block();
		assertThat(this.gauges.overdue()).isGreaterThanOrEqualTo(before + 1)
			.isEqualTo(count(BacklogGauges.OVERDUE_SQL));
	}

	@Test
	void prometheusExposesTheGauges() {
		String scrape = client().get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).containsPattern("(?m)^complaints_cases_overdue(\\{[^}]*\\})? \\d")
			.containsPattern("(?m)^outbox_pending_events(\\{[^}]*\\})? \\d")
			.containsPattern("(?m)^outbox_dead_events(\\{[^}]*\\})? \\d");
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

}
