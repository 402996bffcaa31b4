package cn.gov.tobacco.licensing.postverification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.PostVerificationFindingsDto;
import cn.gov.tobacco.licensing.credit.CreditListsIntegrationTests;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class PostVerificationOverdueIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	PostVerificationOverdueJob job;

	@Test
	void aPendingTaskPastItsDueDayIsFlaggedOnceWithAnAuditEntryAndAnEvent() {
		Fixtures fx = new Fixtures(this.http);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String late = task(fx);
		String dueToday = task(fx);
		String doneLate = task(fx);
		setDue(late, today.minusDays(2));
		setDue(dueToday, today);
		fx.send("inspector.xihu", "POST", "/api/licensing/post-verifications/" + doneLate + "/findings",
				new PostVerificationFindingsDto(true, "场所属实"))
			.expectStatus()
			.isOk();
		setDue(doneLate, today.minusDays(2));

		assertThat(this.job.runFor(today).block()).isGreaterThanOrEqualTo(1);
		assertThat(count(
				"select count(*) from outbox where aggregate_id = :id " + "and event_type = 'PostVerificationOverdue'",
				late))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_log where aggregate_type = 'post_verification' "
				+ "and aggregate_id = :id and action = 'OVERDUE' and actor = 'system'", late))
			.isEqualTo(1);
		assertThat(count(
				"select count(*) from outbox where aggregate_id = :id " + "and event_type = 'PostVerificationOverdue'",
				dueToday))
			.isZero();
		assertThat(count(
				"select count(*) from outbox where aggregate_id = :id " + "and event_type = 'PostVerificationOverdue'",
				doneLate))
			.isZero();

		this.job.runFor(today).block();
		this.job.run().block();
		assertThat(count(
				"select count(*) from outbox where aggregate_id = :id " + "and event_type = 'PostVerificationOverdue'",
				late))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_log where aggregate_type = 'post_verification' "
				+ "and aggregate_id = :id and action = 'OVERDUE'", late))
			.isEqualTo(1);

		JsonNode item = CreditListsIntegrationTests.find(CreditListsIntegrationTests.all(fx, "inspector.xihu",
				CreditListsIntegrationTests.TASKS + "?overdue=true"), late);
		assertThat(item).isNotNull();
		assertThat(item.get("overdue").asBoolean()).isTrue();
	}

	private String task(Fixtures fx) {
		JsonNode approved = PostVerificationIntegrationTests.committedAndApproved(fx, Fixtures.creditCode());
		return PostVerificationIntegrationTests.task(fx, approved.get("id").asString()).get("id").asString();
	}

	private void setDue(String task, LocalDate due) {
		this.db.sql("update post_verification set due_on = :d where id = :id")
			.bind("d", due)
			.bind("id", UUID.fromString(task))
			.then()
			.block();
	}

	private long count(String sql, String id) {
		return this.db.sql(sql).bind("id", UUID.fromString(id)).map((row) -> row.get(0, Long.class)).one().block();
	}

}
