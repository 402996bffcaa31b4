package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CreditRepairDecisionDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairRequestDto;
import cn.gov.tobacco.licensing.postverification.PostVerificationIntegrationTests;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work lists of credit supervision: repair requests (oldest pending first) and
 * post-verification tasks (overdue first, then by due day), each keyset-paged with the
 * true total and scoped to the caller's subtree.
 */
@LicensingIntegrationTest
public class CreditListsIntegrationTests {

	static final String REPAIRS = "/api/licensing/credit/repair-requests";

	public static final String TASKS = "/api/licensing/post-verifications";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Test
	void clerksOfTheSubtreeSeeRepairRequestsOldestPendingFirstAndARetailerSeesTheirOwn() {
		Fixtures fx = new Fixtures(this.http);
		String licenseNo = fx.approvedNew("retailer.xihu");
		JsonNode license = fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String repairId = fx
			.send("retailer.xihu", "POST",
					"/api/licensing/credit/records/" + fx.penalty(licenseNo) + "/repair-requests",
					new CreditRepairRequestDto("已整改，附整改报告"))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();

		List<JsonNode> pending = all(fx, "clerk.xihu", REPAIRS + "?status=PENDING");
		JsonNode mine = find(pending, repairId);
		assertThat(mine).isNotNull();
		assertThat(mine.get("status").asString()).isEqualTo("PENDING");
		assertThat(mine.get("subject").asString()).isEqualTo(license.get("creditCode").asString());
		assertThat(mine.get("businessName").asString()).isEqualTo(license.get("businessName").asString());
		assertThat(mine.get("recordKind").asString()).isEqualTo("PENALTY");
		assertThat(mine.get("jurisdiction").asString()).isEqualTo("330106");
		for (int i = 1; i < pending.size(); i++) {
			assertThat(java.time.OffsetDateTime.parse(pending.get(i).get("requestedAt").asString()))
				.isAfterOrEqualTo(java.time.OffsetDateTime.parse(pending.get(i - 1).get("requestedAt").asString()));
		}
		assertThat(find(all(fx, "supervisor", REPAIRS), repairId)).isNotNull();
		assertThat(find(all(fx, "retailer.xihu", REPAIRS), repairId)).isNotNull();
		assertThat(find(all(fx, "clerk.shangcheng", REPAIRS), repairId)).isNull();
		assertThat(find(all(fx, "retailer.shangcheng", REPAIRS), repairId)).isNull();
		fx.send("approver", "GET", REPAIRS, null).expectStatus().isForbidden();
		fx.send("inspector.xihu", "GET", REPAIRS, null).expectStatus().isForbidden();

		fx.send("clerk.xihu", "POST", REPAIRS + "/" + repairId + "/decision", new CreditRepairDecisionDto(true, "整改到位"))
			.expectStatus()
			.isOk();
		assertThat(find(all(fx, "clerk.xihu", REPAIRS + "?status=PENDING"), repairId)).isNull();
		assertThat(find(all(fx, "clerk.xihu", REPAIRS + "?status=GRANTED"), repairId)).isNotNull();
		List<String> chain = this.db
			.sql("select a.action from audit_log a join credit_repair r on r.record_id = a.aggregate_id "
					+ "where r.id = :id and a.aggregate_type = 'credit_record' order by a.seq")
			.bind("id", UUID.fromString(repairId))
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
		assertThat(chain).containsExactly("RECORDED", "REPAIR_REQUESTED", "REPAIR_GRANTED");
		List<JsonNode> everything = all(fx, "clerk.xihu", REPAIRS);
		boolean decidedSeen = false;
		for (JsonNode item : everything) {
			boolean decided = !"PENDING".equals(item.get("status").asString());
			assertThat(decidedSeen && !decided).as("pending requests come before decided ones").isFalse();
			decidedSeen |= decided;
		}
	}

	@Test
	void postVerificationTasksOfTheSubtreeAreListedOverdueFirst() {
		Fixtures fx = new Fixtures(this.http);
		JsonNode late = PostVerificationIntegrationTests.committedAndApproved(fx, Fixtures.creditCode());
		JsonNode onTime = PostVerificationIntegrationTests.committedAndApproved(fx, Fixtures.creditCode());
		String lateTask = PostVerificationIntegrationTests.task(fx, late.get("id").asString()).get("id").asString();
		String onTimeTask = PostVerificationIntegrationTests.task(fx, onTime.get("id").asString()).get("id").asString();
		this.db.sql("update post_verification set due_on = :d where id = :id")
			.bind("d", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3))
			.bind("id", UUID.fromString(lateTask))
			.then()
			.block();

		List<JsonNode> tasks = all(fx, "inspector.xihu", TASKS);
		JsonNode lateItem = find(tasks, lateTask);
		JsonNode onTimeItem = find(tasks, onTimeTask);
		assertThat(lateItem.get("overdue").asBoolean()).isTrue();
		assertThat(onTimeItem.get("overdue").asBoolean()).isFalse();
		assertThat(lateItem.get("businessName").asString()).isEqualTo(late.get("businessName").asString());
		assertThat(tasks.indexOf(lateItem)).isLessThan(tasks.indexOf(onTimeItem));
		boolean onTimeSeen = false;
		for (int i = 0; i < tasks.size(); i++) {
			boolean overdue = tasks.get(i).get("overdue").asBoolean();
			assertThat(onTimeSeen && overdue).as("overdue tasks come first").isFalse();
			onTimeSeen |= !overdue;
			if (i > 0 && overdue == tasks.get(i - 1).get("overdue").asBoolean()) {
				assertThat(tasks.get(i).get("dueOn").asString())
					.isGreaterThanOrEqualTo(tasks.get(i - 1).get("dueOn").asString());
			}
		}

		assertThat(find(all(fx, "inspector.xihu", TASKS + "?overdue=true"), onTimeTask)).isNull();
		assertThat(find(all(fx, "inspector.xihu", TASKS + "?overdue=true"), lateTask)).isNotNull();
		assertThat(find(all(fx, "inspector.xihu", TASKS + "?overdue=false"), lateTask)).isNull();
		assertThat(find(all(fx, "inspector.xihu", TASKS + "?status=PENDING"), onTimeTask)).isNotNull();
		assertThat(find(all(fx, "inspector.xihu", TASKS + "?status=FULFILLED"), onTimeTask)).isNull();
		assertThat(find(all(fx, "clerk.xihu", TASKS), lateTask)).isNotNull();
		assertThat(find(all(fx, "supervisor", TASKS), lateTask)).isNotNull();
		assertThat(find(all(fx, "admin", TASKS), lateTask)).isNotNull();
		assertThat(find(all(fx, "clerk.shangcheng", TASKS), lateTask)).isNull();
		fx.send("approver", "GET", TASKS, null).expectStatus().isForbidden();
		fx.send("retailer.xihu", "GET", TASKS, null).expectStatus().isForbidden();
		fx.send("inspector.xihu", "GET",
				"/api/licensing/applications/" + late.get("id").asString() + "/post-verification", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.overdue")
			.isEqualTo(true);
	}

	@Test
	void aLimitOverTheMaximumABadFilterOrABadCursorIs400() {
		Fixtures fx = new Fixtures(this.http);
		String notARank = cursor("x|2026-01-01");
		String notADay = cursor("0|yesterday");
		for (String uri : List.of(REPAIRS + "?limit=101", REPAIRS + "?limit=0", REPAIRS + "?status=DONE",
				REPAIRS + "?cursor=not-a-cursor", REPAIRS + "?cursor=" + notADay, TASKS + "?limit=101",
				TASKS + "?status=OPEN", TASKS + "?cursor=" + notARank, TASKS + "?cursor=" + notADay)) {
			String user = uri.startsWith(TASKS) ? "inspector.xihu" : "clerk.xihu";
			fx.send(user, "GET", uri, null)
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	/** Walks every page with a small limit; the pages add up to the total. */
	public static List<JsonNode> all(Fixtures fx, String user, String uri) {
		List<JsonNode> items = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		String cursor = null;
		long total = -1;
		do {
			String page = uri + (uri.contains("?") ? "&" : "?") + "limit=7"
					+ ((cursor != null) ? "&cursor=" + cursor : "");
			JsonNode body = fx.send(user, "GET", page, null)
				.expectStatus()
				.isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			assertThat(body.get("limit").asInt()).isEqualTo(7);
			total = body.get("total").asLong();
			for (JsonNode item : body.get("items")) {
				assertThat(ids.add(item.get("id").asString())).isTrue();
				items.add(item);
			}
			cursor = body.hasNonNull("nextCursor") ? body.get("nextCursor").asString() : null;
		}
		while (cursor != null);
		assertThat(items).hasSize((int) total);
		return items;
	}

	private static String cursor(String sortKey) {
		return java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((sortKey + "|" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	public static JsonNode find(List<JsonNode> items, String id) {
		return items.stream().filter((item) -> item.get("id").asString().equals(id)).findFirst().orElse(null);
	}

}
