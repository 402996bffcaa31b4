package cn.gov.tobacco.complaints.callhistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.CallerHistoryQueryDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.api.model.ReporterContactDto;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.reporter.PhoneIndexBackfill;
import cn.gov.tobacco.complaints.workflow.CaseApi;

import static org.assertj.core.api.Assertions.assertThat;

class CallerHistoryIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DatabaseClient db;

	@Autowired
	private PhoneIndexBackfill backfill;

	private static String newNumber() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private static NewCallDto call(String division, String number, String name) {
		return new NewCallDto(CaseKindDto.REPORT, "COUNTERFEIT",
				new AddressDto(division, "余杭塘路" + Reports.unique() + "号 超市"), "来电称该超市销售的香烟包装粗糙，疑似假冒卷烟，已持续一周。")
			.callerNumber(number)
			.callerName(name)
			.callerIdNumber("110105194912310038");
	}

	@BeforeEach
	void freshQuotas() {
		CallerHistoryRateLimitIntegrationTests.clearQuotas(this.db);
	}

	@Test
	void theSameNumberWrittenAnyWayFindsTheCallersPhoneCasesNewestFirstWithoutReporterData() {
		CaseApi api = new CaseApi(client());
		String number = newNumber();
		String spaced = number.substring(0, 3) + " " + number.substring(3, 7) + " " + number.substring(7);
		List<String> filed = new ArrayList<>();
		filed.add(api.logCall("agent", call("330106", spaced, "赵六")).get("caseNumber").asString());
		filed.add(api.logCall("agent", call("330102", "+86 " + number, "赵六")).get("caseNumber").asString());
		// A web report with the same number is never matched: the lookup is about the
		// caller
		// on the line, not an oracle for who filed a report.
		String web = file(
				Reports.report(CaseKindDto.REPORT, "SMUGGLED", "330106", "学院路" + Reports.unique() + "号 烟酒店",
						"该店销售无中文标识的外烟，价格很低，疑似走私。",
						new ReporterContactDto().name("赵六").phone(number).idNumber("110105194912310038")),
				null, null, Map.of())
			.expectStatus()
			.isCreated()
			.expectBody(Reports.FiledBody.class)
			.returnResult()
			.getResponseBody()
			.caseNumber();
		filed.add(api.logCall("agent", call("330106", "86-" + number, "赵六")).get("caseNumber").asString());
		api.logCall("agent", call("330106", newNumber(), "别人"));

		for (String written : List.of(number, spaced, "+86 " + number, "86-" + number)) {
			String body = lookUp("agent", written, "").expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			JsonNode page = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
			assertThat(page.get("total").asLong()).isEqualTo(3);
			assertThat(page.get("items").findValuesAsString("caseNumber")).containsExactly(filed.get(2), filed.get(1),
					filed.get(0));
			assertThat(body).doesNotContain(web);
			assertThat(page.get("items").findValuesAsString("reporterMasked")).containsOnly("");
			assertThat(body).doesNotContain("赵").doesNotContain(number).doesNotContain("110105194912310038");
		}

		JsonNode first = CaseApi.json(lookUp("agent", number, "?limit=2").expectStatus().isOk());
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("total").asLong()).isEqualTo(3);
		JsonNode second = CaseApi.json(
				lookUp("agent", number, "?limit=2&cursor=" + first.get("nextCursor").asString()).expectStatus().isOk());
		assertThat(second.get("items").findValuesAsString("caseNumber")).containsExactly(filed.get(0));
		assertThat(second.get("total").asLong()).isEqualTo(3);
		assertThat(second.has("nextCursor")).isFalse();
	}

	@Test
	void everyLookupIsAuditedWithoutTheNumber() {
		CaseApi api = new CaseApi(client());
		String number = newNumber();
		api.logCall("agent", call("330106", number, "孙七"));
		long before = lookups();
		lookUp("agent", number, "").expectStatus().isOk();
		lookUp("agent", number, "").expectStatus().isOk();
		assertThat(lookups()).isEqualTo(before + 2);
		assertThat(this.db.sql("""
				SELECT count(*) AS n FROM audit_log WHERE aggregate_type = 'caller-history'
				  AND (detail LIKE :n OR actor LIKE :n)""")
			.bind("n", "%" + number.substring(3) + "%")
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block()).isZero();
	}

	@Test
	void onlyAgentsLookUpAndEachSeesTheirOwnSubtree() {
		CaseApi api = new CaseApi(client());
		String number = newNumber();
		api.logCall("agent", call("330106", number, "周八"));
		// A call of the same caller about Ningbo, outside the agent's city; an agent of
		// this city cannot log it, so it is moved there.
		String ningbo = api.logCall("agent", call("330106", number, "周八")).get("caseNumber").asString();
		this.db.sql("UPDATE cases SET division_code = '330203', district_code = '330203' WHERE case_number = :n")
			.bind("n", ningbo)
			.then()
			.block();

		assertThat(CaseApi.json(lookUp("agent", number, "").expectStatus().isOk()).get("total").asLong()).isEqualTo(1);
		// least privilege: only the agent on the call needs the caller's earlier cases
		for (String user : List.of("supervisor", "admin", "handler.xihu", "retailer.xihu", "citizen", "clerk.xihu")) {
			lookUp(user, number, "").expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType("application/problem+json");
		}
		client().post()
			.uri("/api/complaints/caller-history")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new CallerHistoryQueryDto(number))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void malformedNumbersAndLimitsAreBadRequests() {
		lookUp("agent", "abc", "").expectStatus().isBadRequest().expectHeader().contentType("application/problem+json");
		lookUp("agent", " - ", "").expectStatus().isBadRequest();
		lookUp("agent", newNumber(), "?limit=101").expectStatus().isBadRequest();
		lookUp("agent", newNumber(), "?cursor=not-a-cursor").expectStatus().isBadRequest();
	}

	@Test
	void aBackfillOfMoreRowsThanOneReadAheadCompletes() {
		CaseApi api = new CaseApi(client());
		String number = newNumber();
		List<String> filed = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			filed.add(api.logCall("agent", call("330106", number, "郑十")).get("caseNumber").asString());
		}
		this.db.sql("UPDATE cases SET reporter_phone_index = NULL WHERE case_number = ANY(:n)")
			.bind("n", filed.toArray(String[]::new))
			.then()
			.block();

		assertThat(this.backfill.runUntilDone().block(java.time.Duration.ofSeconds(30))).isGreaterThanOrEqualTo(40);
		assertThat(
				this.db.sql("SELECT count(*) FROM cases WHERE case_number = ANY(:n) AND reporter_phone_index IS NULL")
					.bind("n", filed.toArray(String[]::new))
					.map((row, meta) -> row.get(0, Long.class))
					.one()
					.block())
			.isZero();
	}

	@Test
	void casesFiledBeforeTheIndexExistedAreFoundAfterTheBackfill() {
		CaseApi api = new CaseApi(client());
		String number = newNumber();
		String caseNumber = api.logCall("agent", call("330106", number, "吴九")).get("caseNumber").asString();
		this.db.sql("UPDATE cases SET reporter_phone_index = NULL WHERE case_number = :n")
			.bind("n", caseNumber)
			.then()
			.block();
		assertThat(CaseApi.json(lookUp("agent", number, "").expectStatus().isOk()).get("total").asLong()).isZero();

		assertThat(this.backfill.runUntilDone().block()).isPositive();

		JsonNode page = CaseApi.json(lookUp("agent", number, "").expectStatus().isOk());
		assertThat(page.get("items").findValuesAsString("caseNumber")).containsExactly(caseNumber);
	}

	private long lookups() {
		return this.db.sql("SELECT count(*) AS n FROM audit_log WHERE aggregate_type = 'caller-history'")
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private WebTestClient.ResponseSpec lookUp(String user, String number, String query) {
		return client().post()
			.uri("/api/complaints/caller-history" + query)
			.headers((h) -> h.setBearerAuth(tokenOf(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new CallerHistoryQueryDto(number))
			.exchange();
	}

}
