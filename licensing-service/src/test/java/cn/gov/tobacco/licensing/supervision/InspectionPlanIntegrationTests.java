package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.InspectionPlanRequestDto;
import cn.gov.tobacco.licensing.api.model.VisitReassignmentDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district of 1,000 active licenses (400 A, 300 B of which 10 under key supervision for
 * a substantiated report, 200 C, 100 D), its plan for this month through the API, and who
 * may do what with it.
 */
@LicensingIntegrationTest
class InspectionPlanIntegrationTests {

	/**
	 * A district of its own (inside the demo supervisor's city 330100), emptied first.
	 */
	private static final String DISTRICT = "330197";

	private static final String PLANS = "/api/licensing/supervision/plans";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	Fixtures fx;

	final YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void district() {
		this.fx = new Fixtures(this.http);
		String run = UUID.randomUUID().toString().substring(0, 8);
		sql("delete from inspection_visit where jurisdiction = '" + DISTRICT + "'");
		sql("delete from inspection_plan where jurisdiction = '" + DISTRICT + "'");
		sql("delete from license where jurisdiction = '" + DISTRICT + "'");
		// 1,000 licenses by SQL (the plan reads the register, not the applications)
		sql("insert into license (id, number, jurisdiction, holder_subject, business_name, credit_code, "
				+ "operator_name, operator_id_number, premises_address, premises_division, business_scope, "
				+ "valid_from, valid_until, status, version, issued_at, updated_at) " + "select gen_random_uuid(), 'P"
				+ DISTRICT + "' || g.grade || lpad(g.n::text, 4, '0'), '" + DISTRICT + "', 'plan-" + run
				+ "-' || g.grade || g.n, '计划测试店' || g.n, '91330100MA00000000', '张三', "
				+ "'110101199003070000', '测试地址', '" + DISTRICT + "', '卷烟、雪茄烟零售', current_date - 30, "
				+ "current_date + 1000, 'ACTIVE', 0, now(), now() from (select 'A' as grade, generate_series(0, 399) as n "
				+ "union all select 'B', generate_series(0, 299) union all select 'C', generate_series(0, 199) "
				+ "union all select 'D', generate_series(0, 99)) g");
		// grades from credit records: B = PENALTY + TIMELY_RENEWAL (85), or a
		// substantiated
		// report (90) for ranks 0-9, C = PENALTY (80), D = two PENALTY (60)
		record(run, "B", "n >= 10", "PENALTY");
		record(run, "B", "n >= 10", "TIMELY_RENEWAL");
		record(run, "B", "n < 10", "SUBSTANTIATED_REPORT");
		record(run, "C", "true", "PENALTY");
		record(run, "D", "true", "PENALTY");
		record(run, "D", "true", "PENALTY");
		// a suspended license is not inspected
		sql("update license set status = 'SUSPENDED' where number = 'P" + DISTRICT + "A0399'");
		this.fx
			.send("admin", "PUT", "/api/licensing/supervision/settings/" + DISTRICT,
					Fixtures.supervisionSettings(0.02, "inspector.xihu", "inspector.b"))
			.expectStatus()
			.isOk();
	}

	@Test
	void theMonthsPlanHoldsKeyRoutineAndRandomVisitsInTheRightNumbers() {
		JsonNode plan = body(this.fx.send("supervisor", "POST", PLANS, request(null)).expectStatus().isCreated());
		long index = this.month.getYear() * 12L + this.month.getMonthValue() - 1;
		// ranks of a grade in license-number order take the phases of its interval in
		// turn
		int routineA = due(399, 12, index);
		int routineB = due(300, 6, index);
		int keyDueB = due(10, 6, index);
		int routineC = due(200, 3, index);
		assertThat(plan.get("activeLicenses").asInt()).isEqualTo(999);
		assertThat(plan.get("byKind").get("KEY").asInt()).isEqualTo(10);
		assertThat(plan.get("byKind").get("ROUTINE").asInt()).isEqualTo(routineA + routineB - keyDueB + routineC + 100);
		assertThat(plan.get("byKind").get("RANDOM").asInt()).isEqualTo(20);
		assertThat(plan.get("visits").asInt()).isEqualTo(10 + routineA + routineB - keyDueB + routineC + 100 + 20);
		assertThat(plan.get("byGrade").get("D").asInt()).isEqualTo(100);
		assertThat(plan.get("randomShare").asDouble()).isEqualTo(0.02);

		// every visit, page after page, with the true total
		List<JsonNode> visits = all("supervisor", plan.get("id").asString(), 100);
		assertThat(visits).hasSize(plan.get("visits").asInt());
		Set<String> licenses = new HashSet<>();
		Map<String, Integer> routineByGrade = new HashMap<>();
		for (JsonNode v : visits) {
			assertThat(licenses.add(v.get("licenseNumber").asString())).isTrue();
			assertThat(v.get("inspector").asString()).isIn("inspector.xihu", "inspector.b");
			assertThat(v.get("businessName").asString()).startsWith("计划测试店");
			if (v.get("kind").asString().equals("ROUTINE")) {
				routineByGrade.merge(v.get("grade").asString(), 1, Integer::sum);
			}
			if (v.get("kind").asString().equals("KEY")) {
				assertThat(v.get("grade").asString()).isEqualTo("B");
				assertThat(v.get("reasons").get(0).asString()).isEqualTo("KEY_REPORT");
			}
		}
		assertThat(licenses).doesNotContain("P" + DISTRICT + "A0399");
		assertThat(routineByGrade).containsEntry("A", routineA)
			.containsEntry("B", routineB - keyDueB)
			.containsEntry("C", routineC)
			.containsEntry("D", 100);

		// the draw is on the record with its seed
		String detail = this.db
			.sql("select detail from audit_log where aggregate_type = 'inspection_plan' and aggregate_id = :id")
			.bind("id", UUID.fromString(plan.get("id").asString()))
			.map((row) -> row.get("detail", String.class))
			.one()
			.block();
		assertThat(detail).contains("\"seed\":" + plan.get("seed").asLong()).contains("\"randomShare\":0.02");

		// one plan per district and month
		this.fx.send("supervisor", "POST", PLANS, request(null)).expectStatus().isEqualTo(409);
		this.fx.send("supervisor", "GET", PLANS + "/" + plan.get("id").asString(), null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.byKind.KEY")
			.isEqualTo(10);
	}

	@Test
	void theSameSeedDrawsTheSameLicensesForRandomChecks() {
		long seed = 20270101L;
		JsonNode plan = body(this.fx.send("supervisor", "POST", PLANS, request(seed)).expectStatus().isCreated());
		assertThat(plan.get("seed").asLong()).isEqualTo(seed);
		List<String> drawn = random(plan.get("id").asString());
		assertThat(drawn).hasSize(20);
		// the same licenses again: the plan regenerated from scratch draws the same ones
		sql("delete from inspection_visit where jurisdiction = '" + DISTRICT + "'");
		sql("delete from inspection_plan where jurisdiction = '" + DISTRICT + "'");
		JsonNode again = body(this.fx.send("supervisor", "POST", PLANS, request(seed)).expectStatus().isCreated());
		assertThat(random(again.get("id").asString())).isEqualTo(drawn);
	}

	@Test
	void onlyTheSupervisorPlansAndReassignsAndAnInspectorSeesOnlyTheirVisits() {
		this.fx.send("clerk.xihu", "POST", PLANS, request(null)).expectStatus().isForbidden();
		this.fx.send("admin", "POST", PLANS, request(null)).expectStatus().isForbidden();
		this.fx.send("supervisor", "POST", PLANS, new InspectionPlanRequestDto("330282", this.month.toString()))
			.expectStatus()
			.isNotFound();
		this.fx.send("supervisor", "POST", PLANS, new InspectionPlanRequestDto("330100", this.month.toString()))
			.expectStatus()
			.isEqualTo(422);
		this.fx
			.send("supervisor", "POST", PLANS,
					new InspectionPlanRequestDto(DISTRICT, this.month.minusMonths(1).toString()))
			.expectStatus()
			.isEqualTo(422);
		this.fx.send("supervisor", "POST", PLANS, new InspectionPlanRequestDto(DISTRICT, "2027-13"))
			.expectStatus()
			.isBadRequest();
		JsonNode plan = body(this.fx.send("supervisor", "POST", PLANS, request(null)).expectStatus().isCreated());
		String planId = plan.get("id").asString();

		List<JsonNode> mine = all("inspector.xihu", planId, 100);
		assertThat(mine).isNotEmpty()
			.allSatisfy((v) -> assertThat(v.get("inspector").asString()).isEqualTo("inspector.xihu"));
		this.fx.send("inspector.xihu", "GET", PLANS + "/" + planId, null).expectStatus().isForbidden();
		this.fx.send("clerk.xihu", "GET", "/api/licensing/supervision/visits", null).expectStatus().isForbidden();
		this.fx.send("retailer.xihu", "GET", "/api/licensing/supervision/visits", null).expectStatus().isForbidden();

		JsonNode other = all("supervisor", planId, 100).stream()
			.filter((v) -> v.get("inspector").asString().equals("inspector.b"))
			.findFirst()
			.orElseThrow();
		String reassign = "/api/licensing/supervision/visits/" + other.get("id").asString() + "/reassignment";
		this.fx.send("clerk.xihu", "POST", reassign, new VisitReassignmentDto("inspector.xihu", "就近"))
			.expectStatus()
			.isForbidden();
		this.fx.send("supervisor", "POST", reassign, new VisitReassignmentDto("someone.else", "就近"))
			.expectStatus()
			.isEqualTo(422);
		this.fx.send("supervisor", "POST", reassign, new VisitReassignmentDto("inspector.xihu", "就近"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.inspector")
			.isEqualTo("inspector.xihu");
		assertThat(all("inspector.xihu", planId, 100)).hasSize(mine.size() + 1);

		// settings: SUPERVISOR reads, only ADMIN writes
		this.fx.send("supervisor", "GET", "/api/licensing/supervision/settings/" + DISTRICT, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.inspectors[1]")
			.isEqualTo("inspector.b");
		this.fx
			.send("supervisor", "PUT", "/api/licensing/supervision/settings/" + DISTRICT,
					Fixtures.supervisionSettings(0.1))
			.expectStatus()
			.isForbidden();
		this.fx
			.send("admin", "PUT", "/api/licensing/supervision/settings/" + DISTRICT, Fixtures.supervisionSettings(0.9))
			.expectStatus()
			.isBadRequest();
		this.fx.send("inspector.xihu", "GET", "/api/licensing/supervision/settings/" + DISTRICT, null)
			.expectStatus()
			.isForbidden();
	}

	/** How many of {@code n} ranks fall on this month's phase of the interval. */
	private static int due(int n, int interval, long monthIndex) {
		int phase = (int) Math.floorMod(monthIndex, interval);
		int count = 0;
		for (int rank = 0; rank < n; rank++) {
			count += (rank % interval == phase) ? 1 : 0;
		}
		return count;
	}

	private List<String> random(String planId) {
		List<String> numbers = new ArrayList<>();
		for (JsonNode v : all("supervisor", planId, 100)) {
			if (v.get("kind").asString().equals("RANDOM")) {
				numbers.add(v.get("licenseNumber").asString() + "@" + v.get("inspector").asString());
			}
		}
		return numbers;
	}

	private List<JsonNode> all(String user, String planId, int limit) {
		List<JsonNode> items = new ArrayList<>();
		String cursor = null;
		long total = -1;
		do {
			String uri = "/api/licensing/supervision/visits?planId=" + planId + "&limit=" + limit
					+ ((cursor != null) ? "&cursor=" + cursor : "");
			JsonNode page = body(this.fx.send(user, "GET", uri, null).expectStatus().isOk());
			total = page.get("total").asLong();
			page.get("items").forEach(items::add);
			cursor = page.has("nextCursor") && !page.get("nextCursor").isNull() ? page.get("nextCursor").asString()
					: null;
		}
		while (cursor != null);
		assertThat(items).hasSize((int) total);
		return items;
	}

	private InspectionPlanRequestDto request(Long seed) {
		return new InspectionPlanRequestDto(DISTRICT, this.month.toString()).seed(seed);
	}

	private void record(String run, String grade, String where, String kind) {
		sql("insert into credit_record (id, subject, kind, reason, occurred_on, created_by, created_at) "
				+ "select gen_random_uuid(), 'plan-" + run + "-" + grade + "' || n, '" + kind + "', '计划测试', "
				+ "current_date - 10, 'test', now() from generate_series(0, 299) n where " + where
				+ (grade.equals("C") ? " and n < 200" : grade.equals("D") ? " and n < 100" : ""));
	}

	private void sql(String statement) {
		this.db.sql(statement).then().block();
	}

	private static JsonNode body(WebTestClient.ResponseSpec spec) {
		return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

}
