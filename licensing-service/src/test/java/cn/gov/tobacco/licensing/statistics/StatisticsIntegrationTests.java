package cn.gov.tobacco.licensing.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.CorrectionRequestDto;
import cn.gov.tobacco.licensing.api.model.DecisionRequestDto;
import cn.gov.tobacco.licensing.api.model.ECigarettePlanDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.licensing.api.model.PremisesKindDto;
import cn.gov.tobacco.licensing.api.model.ScopeItemDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/licensing/statistics} against the real database. Other tests share it,
 * so every figure is asserted as the difference the test's own applications made.
 */
@LicensingIntegrationTest
class StatisticsIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	Fixtures fx;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
		this.today = LocalDate.now(CHINA);
	}

	@Test
	void receivedAndDecidedApplicationsAreCountedByTypeAndItemAndActiveLicensesByItem() {
		JsonNode before = stats("clerk.xihu", this.today, this.today);
		JsonNode beforeCity = stats("approver", this.today, this.today);

		// a cigarette NEW, received
		this.fx.submittedNew("retailer.xihu", "330106");
		// an e-cigarette-only outlet, received and approved: a license with the one item
		String ecig = submittedECigaretteOnly();
		review(ecig);
		decide(ecig, "APPROVED");
		String licenseNo = this.fx.read("retailer.xihu", ecig).get("licenseNo").asString();
		// a cigarette NEW, received and refused
		String refused = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		review(refused);
		decide(refused, "REFUSED");
		// a suspension of the e-cigarette license: no items of its own, the license's
		// count
		LocalDate from = this.today.plusDays(1);
		String suspension = this.fx.create("retailer.xihu", Fixtures.suspension(licenseNo, from, from.plusMonths(2)))
			.get("id")
			.asString();
		this.fx.upload("retailer.xihu", suspension, "ID_CARD");
		this.fx.act("retailer.xihu", suspension, "submission").expectStatus().isOk();

		JsonNode after = stats("clerk.xihu", this.today, this.today);
		assertThat(after.get("from").asString()).isEqualTo(this.today.toString());
		JsonNode a = after.get("applications");
		JsonNode b = before.get("applications");
		assertThat(delta(a, b, "received")).isEqualTo(4);
		assertThat(delta(a, b, "approved")).isEqualTo(1);
		assertThat(delta(a, b, "refused")).isEqualTo(1);
		assertThat(delta(type(a, "NEW"), type(b, "NEW"), "received")).isEqualTo(3);
		assertThat(delta(type(a, "SUSPENSION"), type(b, "SUSPENSION"), "received")).isEqualTo(1);
		assertThat(delta(type(a, "NEW"), type(b, "NEW"), "refused")).isEqualTo(1);
		assertThat(a.get("byType")).hasSize(6);
		assertThat(delta(item(a, "CIGARETTE"), item(b, "CIGARETTE"), "received")).isEqualTo(2);
		assertThat(delta(item(a, "CIGARETTE"), item(b, "CIGARETTE"), "refused")).isEqualTo(1);
		assertThat(delta(item(a, "E_CIGARETTE"), item(b, "E_CIGARETTE"), "received")).isEqualTo(2);
		assertThat(delta(item(a, "E_CIGARETTE"), item(b, "E_CIGARETTE"), "approved")).isEqualTo(1);
		JsonNode licenses = after.get("activeLicenses");
		assertThat(delta(licenses, before.get("activeLicenses"), "total")).isEqualTo(1);
		assertThat(count(licenses, "E_CIGARETTE") - count(before.get("activeLicenses"), "E_CIGARETTE")).isEqualTo(1);
		assertThat(count(licenses, "CIGARETTE") - count(before.get("activeLicenses"), "CIGARETTE")).isZero();

		// the district's own figures moved alike; a Xihu clerk sees only Xihu
		assertThat(after.get("districts").findValuesAsString("district")).containsOnly("330106");
		assertThat(delta(applicationsIn(after, "330106"), applicationsIn(before, "330106"), "received")).isEqualTo(4);
		// the city's approver sees the same in Xihu, among the city's districts
		JsonNode city = stats("approver", this.today, this.today);
		assertThat(city.get("districts").findValuesAsString("district")).allMatch((d) -> d.startsWith("3301"));
		assertThat(delta(applicationsIn(city, "330106"), applicationsIn(beforeCity, "330106"), "received"))
			.isEqualTo(4);
		// a Shangcheng clerk sees nothing of Xihu
		assertThat(stats("clerk.shangcheng", this.today, this.today).get("districts").findValuesAsString("district"))
			.doesNotContain("330106");
	}

	@Test
	void aResubmissionAfterACorrectionIsNotReceivedAgain() {
		JsonNode before = stats("clerk.xihu", this.today, this.today).get("applications");
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		this.fx
			.act("clerk.xihu", id, "correction-request",
					(v) -> new CorrectionRequestDto().version(v).items(List.of("经营场所照片不清晰")))
			.expectStatus()
			.isOk();
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		assertThat(this.fx.read("retailer.xihu", id).get("state").asString()).isEqualTo("SUBMITTED");
		JsonNode after = stats("clerk.xihu", this.today, this.today).get("applications");
		assertThat(delta(after, before, "received")).isEqualTo(1);
	}

	@Test
	void daysAreBeijingCalendarDays() {
		LocalDate yesterday = this.today.minusDays(1);
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		review(id);
		decide(id, "REFUSED");
		// just after midnight in Beijing is still the previous day in UTC
		decidedAt(id, this.today.atStartOfDay(CHINA).plusSeconds(30).toOffsetDateTime());
		long yesterdayRefused = stats("clerk.xihu", yesterday, yesterday).at("/applications/refused").asLong();
		long todayRefused = stats("clerk.xihu", this.today, this.today).at("/applications/refused").asLong();
		decidedAt(id, this.today.atStartOfDay(CHINA).minusSeconds(30).toOffsetDateTime());
		assertThat(stats("clerk.xihu", yesterday, yesterday).at("/applications/refused").asLong())
			.isEqualTo(yesterdayRefused + 1);
		assertThat(stats("clerk.xihu", this.today, this.today).at("/applications/refused").asLong())
			.isEqualTo(todayRefused - 1);
		// a period of both days counts it once
		assertThat(stats("clerk.xihu", yesterday, this.today).at("/applications/refused").asLong())
			.isEqualTo(yesterdayRefused + todayRefused);
	}

	@Test
	void onlyCaseworkersReadTheStatistics() {
		String uri = "/api/licensing/statistics?from=" + this.today + "&to=" + this.today;
		for (String user : List.of("retailer.xihu", "inspector.xihu")) {
			this.fx.send(user, "GET", uri, null)
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		for (String user : List.of("clerk.xihu", "approver", "supervisor", "admin")) {
			this.fx.send(user, "GET", uri, null).expectStatus().isOk();
		}
		this.http.get().uri(uri).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void anEndBeforeTheStartOrAMissingDateIsABadRequest() {
		this.fx
			.send("clerk.xihu", "GET",
					"/api/licensing/statistics?from=" + this.today + "&to=" + this.today.minusDays(1), null)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		this.fx.send("clerk.xihu", "GET", "/api/licensing/statistics?to=" + this.today, null)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	String submittedECigaretteOnly() {
		// the plan in force for Xihu without a quota: other tests leave a full one
		this.fx
			.send("admin", "PUT", "/api/licensing/admin/jurisdictions/330106/e-cigarette-plan",
					new ECigarettePlanDto("西湖区电子烟零售点布局规划", 100).addNeverLicensedKindsItem(PremisesKindDto.SELF_SERVICE)
						.reason("统计测试"))
			.expectStatus()
			.isOk();
		ThreadLocalRandom r = ThreadLocalRandom.current();
		ApplicationDraftDto draft = new ApplicationDraftDto(ApplicationTypeDto.NEW)
			.businessName("电子烟统计测试店" + r.nextInt(100000))
			.creditCode(Fixtures.creditCode())
			.operatorName("王五")
			.operatorIdNumber(Fixtures.residentId())
			.mobile("13812345678")
			.businessScope("电子烟零售")
			.addItemsItem(ScopeItemDto.E_CIGARETTE)
			.premises(new PremisesDto().address("杭州市西湖区统计路 9 号")
				.divisionCode("330106")
				.latitude(30.0 + r.nextDouble() * 0.5)
				.longitude(119.8 + r.nextDouble() * 0.6));
		String id = this.fx.create("retailer.xihu", draft).get("id").asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		return id;
	}

	void review(String id) {
		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "review").expectStatus().isOk();
	}

	void decide(String id, String outcome) {
		this.fx
			.act("approver", id, "decision",
					(v) -> new DecisionRequestDto().version(v)
						.outcome(DecisionRequestDto.OutcomeEnum.fromValue(outcome))
						.reason("统计测试"))
			.expectStatus()
			.isOk();
	}

	/** Test set-up: moves the decision in time (as if it had been taken then). */
	void decidedAt(String id, OffsetDateTime at) {
		this.db.sql("update application set decided_at = :at where id = :id")
			.bind("at", at)
			.bind("id", UUID.fromString(id))
			.then()
			.block();
	}

	JsonNode stats(String user, LocalDate from, LocalDate to) {
		return this.fx.send(user, "GET", "/api/licensing/statistics?from=" + from + "&to=" + to, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	static long delta(JsonNode after, JsonNode before, String field) {
		return after.get(field).asLong() - ((before != null) ? before.get(field).asLong() : 0);
	}

	static JsonNode type(JsonNode figures, String type) {
		return find(figures.get("byType"), "type", type);
	}

	static JsonNode item(JsonNode figures, String item) {
		return find(figures.get("byItem"), "item", item);
	}

	static long count(JsonNode licenseFigures, String item) {
		return find(licenseFigures.get("byItem"), "item", item).get("count").asLong();
	}

	/** A district's application figures, or null when it had none. */
	static JsonNode applicationsIn(JsonNode statistics, String code) {
		for (JsonNode d : statistics.get("districts")) {
			if (d.get("district").asString().equals(code)) {
				return d.get("applications");
			}
		}
		return null;
	}

	static JsonNode find(JsonNode array, String key, String value) {
		for (JsonNode node : array) {
			if (node.get(key).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError(key + " " + value + " not in " + array);
	}

}
