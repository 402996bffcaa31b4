package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.InspectionPlanRequestDto;

import static cn.gov.tobacco.licensing.supervision.SupervisionData.CHINA;
import static cn.gov.tobacco.licensing.supervision.SupervisionData.SUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 point 5 and the 公示 of point 6 against the real database: visits planned, done
 * and overdue per inspector and district, random-check coverage and the violation rate by
 * grade; the supervisor's publication of a plan's random checks and the public list
 * (license, business name, date, result; nothing personal).
 */
@LicensingIntegrationTest
class SupervisionStatisticsIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	Fixtures fx;

	SupervisionData data;

	LocalDate today = LocalDate.now(CHINA);

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
		this.data = new SupervisionData(this.db, this.fx);
	}

	private JsonNode statistics(String district) {
		return this.data.read("supervisor", SUP + "/statistics?from=" + this.today.minusDays(30) + "&to="
				+ this.today.plusDays(30) + "&jurisdiction=" + district);
	}

	private static JsonNode find(JsonNode list, String field, String value) {
		for (JsonNode item : list) {
			if (value.equals(item.get(field).asString())) {
				return item;
			}
		}
		return null;
	}

	private static long at(JsonNode node, String pointer) {
		return (node == null) ? 0 : node.at(pointer).asLong();
	}

	@Test
	void statisticsCountVisitsPerInspectorAndDistrictCoverageAndViolationsByGrade() {
		String district = SupervisionData.district();
		// an inspector name no other test uses makes the per-inspector counts exact; the
		// district's other counts are compared before and after
		String inspector = "inspector.stat" + ThreadLocalRandom.current().nextInt(1_000_000);
		JsonNode before = statistics(district);
		String l1 = this.data.license(district, SupervisionData.holder());
		String l2 = this.data.license(district, SupervisionData.holder());
		String l3 = this.data.license(district, SupervisionData.holder());
		this.data.license(district, SupervisionData.holder(), "SUSPENDED", this.today.plusYears(1), null, null,
				java.time.Instant.now(), java.time.Instant.now());
		this.data.visit(l1, district, "ROUTINE", "A", inspector, this.today.minusDays(1), "PLANNED", null);
		this.data.visit(l2, district, "KEY", "C", inspector, this.today.plusDays(1), "PLANNED", null);
		this.data.visit(l1, district, "RANDOM", "A", inspector, this.today.minusDays(5), "DONE", "PASSED");
		this.data.visit(l2, district, "RANDOM", "C", inspector, this.today.minusDays(4), "DONE", "VIOLATION");
		this.data.visit(l3, district, "ROUTINE", "C", inspector, this.today.minusDays(3), "DONE", "PASSED");
		this.data.visit(l3, district, "ROUTINE", "C", inspector, this.today.minusDays(2), "CANCELLED", null);
		// outside the period
		this.data.visit(l3, district, "RANDOM", "C", inspector, this.today.minusDays(40), "DONE", "VIOLATION");

		JsonNode after = statistics(district);
		assertThat(after.get("jurisdiction").asString()).isEqualTo(district);
		JsonNode mine = find(after.get("byInspector"), "inspector", inspector);
		assertThat(mine).isNotNull();
		assertThat(mine.at("/visits/planned").asLong()).isEqualTo(5);
		assertThat(mine.at("/visits/done").asLong()).isEqualTo(3);
		assertThat(mine.at("/visits/overdue").asLong()).isEqualTo(1);

		JsonNode d0 = find(before.get("byDistrict"), "jurisdiction", district);
		JsonNode d1 = find(after.get("byDistrict"), "jurisdiction", district);
		assertThat(at(d1, "/visits/planned") - at(d0, "/visits/planned")).isEqualTo(5);
		assertThat(at(d1, "/visits/done") - at(d0, "/visits/done")).isEqualTo(3);
		assertThat(at(d1, "/visits/overdue") - at(d0, "/visits/overdue")).isEqualTo(1);
		assertThat(at(d1, "/activeLicenses") - at(d0, "/activeLicenses")).isEqualTo(3);
		assertThat(at(d1, "/randomlyChecked") - at(d0, "/randomlyChecked")).isEqualTo(2);
		assertThat(d1.get("randomCoverage").asDouble()).isCloseTo(
				(double) d1.get("randomlyChecked").asLong() / d1.get("activeLicenses").asLong(),
				org.assertj.core.data.Offset.offset(0.0001));

		JsonNode a0 = find(before.get("byGrade"), "grade", "A");
		JsonNode a1 = find(after.get("byGrade"), "grade", "A");
		JsonNode c0 = find(before.get("byGrade"), "grade", "C");
		JsonNode c1 = find(after.get("byGrade"), "grade", "C");
		assertThat(at(a1, "/recorded") - at(a0, "/recorded")).isEqualTo(1);
		assertThat(at(a1, "/violations") - at(a0, "/violations")).isZero();
		assertThat(at(c1, "/recorded") - at(c0, "/recorded")).isEqualTo(2);
		assertThat(at(c1, "/violations") - at(c0, "/violations")).isEqualTo(1);
		assertThat(c1.get("violationRate").asDouble()).isCloseTo(
				(double) c1.get("violations").asLong() / c1.get("recorded").asLong(),
				org.assertj.core.data.Offset.offset(0.0001));
		assertThat(after.get("byGrade").size()).isEqualTo(4);

		// who may read them, and a period the other way round
		this.fx.send("inspector.xihu", "GET", SUP + "/statistics?from=" + this.today + "&to=" + this.today, null)
			.expectStatus()
			.isForbidden();
		this.fx
			.send("supervisor", "GET",
					SUP + "/statistics?from=" + this.today + "&to=" + this.today + "&jurisdiction=330200", null)
			.expectStatus()
			.isNotFound();
	}

	@Test
	void publishedRandomChecksShowLicenseNameDateAndResultAndNothingPersonal() {
		String district = SupervisionData.district();
		this.fx
			.send("admin", "PUT", SUP + "/settings/" + district,
					Fixtures.supervisionSettings(0.5, "inspector.xihu").rectificationDays(15))
			.expectStatus()
			.isOk();
		for (int i = 0; i < 10; i++) {
			this.data.license(district, SupervisionData.holder());
		}
		// a shop found selling without any license last month has a visit but no number
		this.data.visit(null, district, "UNPLANNED", null, "inspector.xihu", this.today.minusMonths(1), "DONE",
				"NOT_LICENSED");
		JsonNode plan = plan(district);
		String planId = plan.get("id").asString();
		String month = plan.get("month").asString();
		List<String> random = new ArrayList<>();
		for (JsonNode v : this.data.read("supervisor", SUP + "/visits?planId=" + planId + "&kind=RANDOM&limit=100")
			.get("items")) {
			random.add(v.get("id").asString());
		}
		assertThat(random).hasSizeGreaterThanOrEqualTo(3);
		this.data.record("inspector.xihu", random.get(0), "PASSED");
		this.data.record("inspector.xihu", random.get(1), "VIOLATION");

		// nothing is public before the supervisor publishes
		JsonNode none = publicList(district, month);
		assertThat(none.get("total").asLong()).isZero();
		this.fx.send("inspector.xihu", "POST", SUP + "/plans/" + planId + "/publication", null)
			.expectStatus()
			.isForbidden();
		JsonNode published = this.fx.send("supervisor", "POST", SUP + "/plans/" + planId + "/publication", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(published.get("publishedBy").asString()).isEqualTo("supervisor");
		this.fx.send("supervisor", "POST", SUP + "/plans/" + planId + "/publication", null)
			.expectStatus()
			.isEqualTo(409);
		// recorded after the publication: not part of it
		this.data.record("inspector.xihu", random.get(2), "PASSED");

		JsonNode list = publicList(district, month);
		assertThat(list.get("total").asLong()).isEqualTo(2);
		List<String> results = new ArrayList<>();
		for (JsonNode item : list.get("items")) {
			assertThat(item.get("licenseNumber").asString()).startsWith(district);
			assertThat(item.get("businessName").asString()).startsWith("监管测试商店");
			assertThat(item.get("checkedOn").asString()).isEqualTo(this.today.toString());
			results.add(item.get("result").asString());
		}
		assertThat(results).containsExactlyInAnyOrder("PASSED", "VIOLATION");
		assertThat(list.toString()).doesNotContain("张检查")
			.doesNotContain("110101199003070000")
			.doesNotContain("inspector")
			.doesNotContain("内部备注")
			.doesNotContain("检查结论已告知经营者")
			.doesNotContain("seed")
			.doesNotContain(String.valueOf(plan.get("seed").asLong()));
		// paged with the true total
		JsonNode first = this.http.get()
			.uri("/api/licensing/public/random-checks?jurisdiction=" + district + "&month=" + month + "&limit=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(first.get("items").size()).isEqualTo(1);
		assertThat(first.get("total").asLong()).isEqualTo(2);
		JsonNode second = this.http.get()
			.uri("/api/licensing/public/random-checks?jurisdiction=" + district + "&month=" + month + "&limit=1&cursor="
					+ first.get("nextCursor").asString())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(second.at("/items/0/licenseNumber").asString())
			.isNotEqualTo(first.at("/items/0/licenseNumber").asString());
	}

	/** A plan of the district for the first month from this one without one. */
	private JsonNode plan(String district) {
		YearMonth month = YearMonth.now(CHINA);
		for (int ahead = 0; ahead <= 12; ahead++) {
			var result = this.fx
				.send("supervisor", "POST", SUP + "/plans",
						new InspectionPlanRequestDto(district, month.plusMonths(ahead).toString()))
				.expectBody(JsonNode.class)
				.returnResult();
			if (result.getStatus().value() == 201) {
				return result.getResponseBody();
			}
			assertThat(result.getStatus().value()).isEqualTo(409);
		}
		throw new IllegalStateException("every month of the next year has a plan for " + district);
	}

	/** The public list, read without signing in. */
	private JsonNode publicList(String district, String month) {
		return this.http.get()
			.uri("/api/licensing/public/random-checks?jurisdiction=" + district + "&month=" + month + "&limit=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
