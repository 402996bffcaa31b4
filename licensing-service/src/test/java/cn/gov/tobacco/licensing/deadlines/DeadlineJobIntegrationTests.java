package cn.gov.tobacco.licensing.deadlines;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CorrectionRequestDto;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class DeadlineJobIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	DeadlineJob job;

	@Test
	void withoutACorrectionNoticeWithinFiveWorkingDaysTheApplicationCountsAsAcceptedOnSubmission() {
		Fixtures fx = new Fixtures(this.http);
		JsonNode submitted = fx.submittedNew("retailer.xihu", "330106");
		String id = submitted.get("id").asString();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		sql("update application set acceptance_due = :d where id = :id", today.minusDays(1), id);
		this.job.deemAccepted(today).block();
		JsonNode after = fx.read("retailer.xihu", id);
		assertThat(after.get("state").asString()).isEqualTo("ACCEPTED");
		assertThat(after.at("/deadlines/acceptedOn").asString())
			.isEqualTo(submitted.at("/deadlines/submittedOn").asString());
		fx.send("supervisor", "GET", "/api/licensing/applications/" + id + "/audit", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[2].action")
			.isEqualTo("DEEMED_ACCEPTED")
			.jsonPath("$[2].actor")
			.isEqualTo("system");
		fx.act("clerk.xihu", id, "correction-request",
				(v) -> new CorrectionRequestDto().version(v).items(java.util.List.of("太晚了")))
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void overdueItemsAreFlaggedAndAnnounced() {
		Fixtures fx = new Fixtures(this.http);
		String id = fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		sql("update application set current_due = :d, decision_due = :d where id = :id", today.minusDays(1), id);
		this.job.flag(today).block();
		assertThat(fx.read("clerk.xihu", id).at("/deadlines/risk").asString()).isEqualTo("OVERDUE");
		Long events = this.db
			.sql("select count(*) from outbox where aggregate_id = :id and event_type = 'ApplicationOverdue'")
			.bind("id", UUID.fromString(id))
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
		assertThat(events).isEqualTo(1);
		String payload = this.db
			.sql("select payload from outbox where aggregate_id = :id and event_type = 'ApplicationOverdue'")
			.bind("id", UUID.fromString(id))
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
		JsonNode event = JsonMapper.builder().build().readTree(payload);
		assertThat(event.get("applicationId").asString()).isEqualTo(id);
		assertThat(event.get("number").asString()).isEqualTo(fx.read("clerk.xihu", id).get("number").asString());
		assertThat(event.get("jurisdiction").asString()).isEqualTo("330106");
		assertThat(event.get("due").asString()).isEqualTo(today.minusDays(1).toString());
		this.job.flag(today).block();
		assertThat(this.db
			.sql("select count(*) from outbox where aggregate_id = :id and event_type = 'ApplicationOverdue'")
			.bind("id", UUID.fromString(id))
			.map((row) -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(1);
	}

	@Test
	void itemsDueWithinTwoWorkingDaysAreFlaggedDueSoonOnceThenOverdue() {
		Fixtures fx = new Fixtures(this.http);
		String id = fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		sql("update application set current_due = :d, decision_due = :d where id = :id", today, id);
		this.job.flag(today).block();
		this.job.flag(today).block();
		assertThat(fx.read("clerk.xihu", id).at("/deadlines/risk").asString()).isEqualTo("DUE_TODAY");
		assertThat(events(id, "ApplicationDueSoon")).isEqualTo(1);
		assertThat(events(id, "ApplicationOverdue")).isZero();

		sql("update application set current_due = :d, decision_due = :d where id = :id", today.minusDays(1), id);
		this.job.flag(today).block();
		assertThat(events(id, "ApplicationDueSoon")).isEqualTo(1);
		assertThat(events(id, "ApplicationOverdue")).isEqualTo(1);
	}

	@Test
	void everyOpenApplicationIsFlaggedHoweverManyThereAre() {
		// More open applications than one page (200): before, the job read 200 in no
		// order and some were never flagged.
		Fixtures fx = new Fixtures(this.http);
		String id = fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.db
			.sql("insert into application select (jsonb_populate_record(null::application, to_jsonb(a) "
					+ "|| jsonb_build_object('id', gen_random_uuid(), 'number', :p || lpad(g::text, 4, '0'), "
					+ "'current_due', :d, 'decision_due', :d, 'deadline_flag', null))).* "
					+ "from application a, generate_series(1, 250) g where a.id = :id")
			.bind("p", prefix)
			.bind("d", today.minusDays(1))
			.bind("id", UUID.fromString(id))
			.fetch()
			.rowsUpdated()
			.block()).isEqualTo(250);
		this.job.flag(today).block();
		assertThat(this.db.sql("select count(*) from application where number like :p and deadline_flag = 'OVERDUE'")
			.bind("p", prefix + "%")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(250);
	}

	long events(String id, String type) {
		return this.db.sql("select count(*) from outbox where aggregate_id = :id and event_type = :t")
			.bind("id", UUID.fromString(id))
			.bind("t", type)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	void sql(String sql, LocalDate date, String id) {
		this.db.sql(sql).bind("d", date).bind("id", UUID.fromString(id)).then().block();
	}

}
