package cn.gov.tobacco.licensing.license;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The end of an approved suspension: the license is ACTIVE again by itself, once, with a
 * notice by SMS, unless the retailer is closing the business.
 */
@LicensingIntegrationTest
class SuspensionEndIntegrationTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	SuspensionEndJob job;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
	}

	@Test
	void aLicenseWhoseSuspensionEndedIsActiveAgainWithOneNoticeByTextMessage() {
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		LocalDate from = LocalDate.now(CHINA).plusDays(1);
		// The longest suspension allowed: one year less a day.
		String suspension = suspended(licenseNo, from, from.plusYears(1).minusDays(1));
		assertThat(license(licenseNo).get("suspendedUntil").asString())
			.isEqualTo(from.plusYears(1).minusDays(1).toString());

		lastDayOfSuspension(licenseNo, LocalDate.now(CHINA));
		this.job.runOnce().block();
		assertThat(license(licenseNo).get("status").asString()).isEqualTo("SUSPENDED");

		lastDayOfSuspension(licenseNo, LocalDate.now(CHINA).minusDays(1));
		assertThat(this.job.runOnce().block()).isGreaterThanOrEqualTo(1);
		JsonNode license = license(licenseNo);
		assertThat(license.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(license.has("suspendedUntil")).isFalse();

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			List<JsonNode> ended = endedNotices(suspension);
			assertThat(ended).hasSize(1);
			assertThat(ended.get(0).get("text").asString()).contains(licenseNo).contains("恢复");
			assertThat(ended.get(0).get("deliveryStatus").asString()).isEqualTo("SENT");
		});
		assertThat(count("select count(*) from outbox o join license l on l.id = o.aggregate_id "
				+ "where l.number = :n and o.event_type = 'LicenseResumed'", licenseNo))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_log a join license l on l.id = a.aggregate_id "
				+ "where l.number = :n and a.aggregate_type = 'license' and a.action = 'RESUMED' "
				+ "and a.actor = 'system'", licenseNo))
			.isEqualTo(1);
		this.fx.send("supervisor", "GET", "/api/licensing/licenses/" + licenseNo + "/audit/verification", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);

		this.job.runOnce().block();
		assertThat(endedNotices(suspension)).hasSize(1);
	}

	@Test
	void aPendingClosureKeepsTheLicenseSuspended() {
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		LocalDate from = LocalDate.now(CHINA).plusDays(1);
		suspended(licenseNo, from, from.plusMonths(2));
		String closure = tied(Fixtures.tied(ApplicationTypeDto.CLOSURE, licenseNo));
		this.fx.act("retailer.xihu", closure, "submission").expectStatus().isOk();

		lastDayOfSuspension(licenseNo, LocalDate.now(CHINA).minusDays(1));
		this.job.runOnce().block();
		assertThat(license(licenseNo).get("status").asString()).isEqualTo("SUSPENDED");

		decide(closure);
		assertThat(license(licenseNo).get("status").asString()).isEqualTo("CLOSED");
		this.job.runOnce().block();
		assertThat(license(licenseNo).get("status").asString()).isEqualTo("CLOSED");
	}

	private String suspended(String licenseNo, LocalDate from, LocalDate until) {
		String id = tied(Fixtures.suspension(licenseNo, from, until));
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		decide(id);
		assertThat(license(licenseNo).get("status").asString()).isEqualTo("SUSPENDED");
		return id;
	}

	private String tied(ApplicationDraftDto draft) {
		String id = this.fx.create("retailer.xihu", draft).get("id").asString();
		this.fx.upload("retailer.xihu", id, "ID_CARD");
		return id;
	}

	private void decide(String id) {
		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		this.fx.approve("approver", id, "依法决定").expectStatus().isOk();
	}

	/** Test set-up: moves the suspension's last day (as if the months had passed). */
	private void lastDayOfSuspension(String licenseNo, LocalDate day) {
		this.db.sql("update license set suspended_until = :d where number = :n")
			.bind("d", day)
			.bind("n", licenseNo)
			.then()
			.block();
	}

	private List<JsonNode> endedNotices(String applicationId) {
		JsonNode notices = this.fx
			.send("retailer.xihu", "GET", "/api/licensing/applications/" + applicationId + "/notices", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		List<JsonNode> ended = new ArrayList<>();
		notices.forEach((n) -> {
			if ("SUSPENSION_ENDED".equals(n.get("kind").asString())) {
				ended.add(n);
			}
		});
		return ended;
	}

	private JsonNode license(String licenseNo) {
		return this.fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private long count(String sql, String licenseNo) {
		return this.db.sql(sql).bind("n", licenseNo).map((row) -> row.get(0, Long.class)).one().block();
	}

}
