package cn.gov.tobacco.complaints.callhistory;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CallerHistoryQueryDto;
import cn.gov.tobacco.complaints.workflow.CaseApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent who sees {@code 139****1111} tries every number that fits: after 30 lookups
 * (the default limit per hour) they are stopped with 429, and supervision is alerted.
 */
class CallerHistoryRateLimitIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DatabaseClient db;

	@Autowired
	private MeterRegistry meters;

	/**
	 * Forgets every demo user's lookups and alerts, so each test starts with a full
	 * quota.
	 */
	static void clearQuotas(DatabaseClient db) {
		db.sql("DELETE FROM caller_lookups WHERE subject IN ('agent', 'supervisor', 'admin')").then().block();
		db.sql("DELETE FROM lookup_alerts WHERE subject IN ('agent', 'supervisor', 'admin')").then().block();
	}

	@BeforeEach
	@AfterEach
	void freshQuotas() {
		clearQuotas(this.db);
	}

	@Test
	void enumeratingAMaskedNumberIsStoppedAfterThirtyLookupsAndSupervisionIsAlerted() {
		double burstsBefore = this.meters.counter("complaints_caller_history_bursts").count();
		long eventsBefore = outboxEvents();
		List<Integer> statuses = new ArrayList<>();
		String firstRefusal = null;
		for (int i = 0; i < 100; i++) {
			String candidate = "139" + String.format("%04d", i) + "1111";
			EntityExchangeResult<String> result = client().post()
				.uri("/api/complaints/caller-history")
				.headers((h) -> h.setBearerAuth(tokenOf("agent")))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(new CallerHistoryQueryDto(candidate))
				.exchange()
				.expectBody(String.class)
				.returnResult();
			statuses.add(result.getStatus().value());
			if (result.getStatus().value() == 429 && firstRefusal == null) {
				firstRefusal = result.getResponseBody();
				assertThat(result.getResponseHeaders().getContentType().toString())
					.startsWith("application/problem+json");
				assertThat(result.getResponseHeaders().getFirst("Retry-After")).isEqualTo("3600");
			}
		}
		assertThat(statuses.subList(0, 30)).containsOnly(200);
		assertThat(statuses.subList(30, 100)).containsOnly(429);
		assertThat(firstRefusal).contains("/problems/rate-limited").doesNotContain("Exception");

		JsonNode alerts = CaseApi.json(client().get()
			.uri("/api/complaints/supervision/lookup-alerts")
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isOk());
		List<JsonNode> mine = new ArrayList<>();
		alerts.forEach((a) -> {
			if ("agent".equals(a.get("agentId").asString())) {
				mine.add(a);
			}
		});
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).get("agentName").asString()).isEqualTo("赵敏");
		assertThat(mine.get(0).get("lookups").asInt()).isEqualTo(30);
		assertThat(this.meters.counter("complaints_caller_history_bursts").count()).isEqualTo(burstsBefore + 1);
		assertThat(outboxEvents()).isEqualTo(eventsBefore + 1);

		client().get()
			.uri("/api/complaints/supervision/lookup-alerts")
			.headers((h) -> h.setBearerAuth(tokenOf("agent")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private long outboxEvents() {
		return this.db.sql("SELECT count(*) FROM outbox WHERE event_type = 'caller-history.burst'")
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
	}

}
