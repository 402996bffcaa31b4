package cn.gov.tobacco.licensing.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@LicensingIntegrationTest
class RecordKeepingIntegrationTests {

	/** A bare NEW draft in Xihu under this business name. */
	static ApplicationDraftDto draft(String businessName) {
		return new ApplicationDraftDto(ApplicationTypeDto.NEW).businessName(businessName)
			.premises(new PremisesDto().divisionCode("330106"));
	}

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Value("${spring.flyway.url}")
	String ownerUrl;

	@Test
	void aRepeatedIdempotencyKeyReturnsTheFirstResultAndCreatesNothingNew() {
		String key = UUID.randomUUID().toString();
		JsonNode first = post(key, draft("记录便利店")).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "false")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		JsonNode again = post(key, draft("记录便利店")).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "true")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
		assertThat(again.get("number").asString()).isEqualTo(first.get("number").asString());
	}

	@Test
	void theSameKeyWithAnotherBodyIs422() {
		String key = UUID.randomUUID().toString();
		post(key, draft("记录便利店")).expectStatus().isCreated();
		post(key, draft("另一家店")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/idempotency-mismatch");
	}

	@Test
	void aKeyStillInFlightIs409() throws Exception {
		String key = UUID.randomUUID().toString();
		// A first request in flight holds its key's lock until its transaction ends.
		try (Connection first = DriverManager.getConnection(this.ownerUrl, "postgres", "")) {
			first.setAutoCommit(false);
			try (PreparedStatement lock = first.prepareStatement("select pg_advisory_xact_lock(?)")) {
				lock.setLong(1, IdempotencyStore.lockId("retailer.xihu", key, "POST /api/licensing/applications"));
				lock.execute();
			}
			post(key, draft("记录便利店")).expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/idempotency-in-flight");
			first.rollback();
		}
		// A first request that died frees its key at once: the retry runs.
		post(key, draft("记录便利店")).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "false");
	}

	@Test
	void creatingADraftStartsAnIntactAuditChainAndPublishesAnEvent() {
		String id = post(null, draft("记录便利店")).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		this.http.get()
			.uri("/api/licensing/applications/{id}/audit", id)
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].action")
			.isEqualTo("CREATED")
			.jsonPath("$[0].actor")
			.isEqualTo("retailer.xihu")
			.jsonPath("$[0].prevHash")
			.isEqualTo("0".repeat(64));
		this.http.get()
			.uri("/api/licensing/applications/{id}/audit/verification", id)
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true)
			.jsonPath("$.entries")
			.isEqualTo(1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.db
				.sql("select count(*) from outbox where aggregate_id = :id and published_at is not null")
				.bind("id", UUID.fromString(id))
				.map((row) -> row.get(0, Long.class))
				.one()
				.block() == 1L);
	}

	@Test
	void aBacklogOfSeveralBatchesIsPublishedInFull() {
		UUID aggregate = UUID.randomUUID();
		// more rows than one read-ahead of the result (32) and than one batch (100)
		this.db
			.sql("insert into outbox (aggregate_type, aggregate_id, event_type, payload, created_at) "
					+ "select 'test', :id, 'ApplicationCreated', '{}', now() from generate_series(1, 250)")
			.bind("id", aggregate)
			.fetch()
			.rowsUpdated()
			.block();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.db.sql("select count(*) from outbox where aggregate_id = :id and published_at is null")
				.bind("id", aggregate)
				.map((row) -> row.get(0, Long.class))
				.one()
				.block() == 0);
	}

	@Test
	void theServiceRoleCannotRewriteOrDeleteAuditRows() {
		post(null, draft("记录便利店")).expectStatus().isCreated();
		assertThat(this.db.sql("select current_user").map((row) -> row.get(0, String.class)).one().block())
			.isEqualTo("licensing_app");
		assertThatThrownBy(() -> this.db.sql("update audit_log set actor = 'mallory'").then().block())
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.db.sql("delete from audit_log").then().block())
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.db.sql("truncate audit_log").then().block())
			.hasMessageContaining("permission denied");
		// Even the owner is stopped by the append-only trigger.
		JdbcTemplate owner = new JdbcTemplate(new DriverManagerDataSource(this.ownerUrl, "postgres", ""));
		assertThatThrownBy(() -> owner.update("update licensing.audit_log set actor = 'mallory'"))
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> owner.update("delete from licensing.audit_log"))
			.hasStackTraceContaining("append-only");
	}

	WebTestClient.ResponseSpec post(String key, ApplicationDraftDto draft) {
		return this.http.post().uri("/api/licensing/applications").headers((h) -> {
			h.setBearerAuth(DemoUsers.token("retailer.xihu"));
			if (key != null) {
				h.set("Idempotency-Key", key);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange();
	}

}
