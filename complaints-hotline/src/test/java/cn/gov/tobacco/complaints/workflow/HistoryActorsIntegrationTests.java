package cn.gov.tobacco.complaints.workflow;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 举报人保密: no staff view of a case's history names who filed it, and staff are shown by
 * display name, never by login name.
 */
class HistoryActorsIntegrationTests extends IntegrationTestSupport {

	/** The demo citizen's login name and display name; neither may appear. */
	private static final List<String> CITIZEN = List.of("citizen", "张三");

	@Autowired
	private DatabaseClient db;

	@Test
	void aSignedInCitizensReportShowsAMemberOfThePublicAndStaffByDisplayNameInEveryView() {
		FiledBody filed = file(Reports.counterfeit("330106"), null, null,
				Map.of("Authorization", "Bearer " + tokenOf("citizen")))
			.expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		CaseApi api = new CaseApi(client());
		String id = api.caseIdOf(filed.caseNumber());
		api.act("agent", id, CaseActionDto.ACCEPT);
		JsonNode afterDispatch = api.act("supervisor", id, CaseActionDto.DISPATCH);
		assertActors(afterDispatch, "公众 · member of the public", "赵敏", "吴刚");
		api.act("handler.xihu", id, CaseActionDto.START);

		for (String viewer : List.of("handler.xihu", "agent", "supervisor")) {
			JsonNode detail = api.getJson(viewer, "/api/complaints/cases/{id}", id);
			assertActors(detail, "公众 · member of the public", "赵敏", "吴刚", "周婷");
		}
		for (String body : List.of(
				api.get("handler.xihu", "/api/complaints/cases/{id}", id)
					.expectBody(String.class)
					.returnResult()
					.getResponseBody(),
				api.get("supervisor", "/api/complaints/open311/v2/requests/{n}.json", filed.caseNumber())
					.expectBody(String.class)
					.returnResult()
					.getResponseBody(),
				client().get()
					.uri("/api/complaints/public/reports/{code}", filed.trackingCode())
					.exchange()
					.expectBody(String.class)
					.returnResult()
					.getResponseBody())) {
			assertThat(body).doesNotContain("\"citizen\"")
				.doesNotContain("张三")
				.doesNotContain("\"agent\"")
				.doesNotContain("handler.xihu");
		}
		assertThat(this.db.sql("SELECT count(*) FROM case_events WHERE case_id = :id::uuid AND actor = 'citizen'")
			.bind("id", id)
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block()).isZero();
	}

	@Test
	void anAnonymousReportAndALoggedCallShowNeutralLabelsNotThePersonOrTheAgent() {
		FiledBody anonymous = file(Reports.counterfeit("330106"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		CaseApi api = new CaseApi(client());
		JsonNode detail = api.getJson("agent", "/api/complaints/cases/{id}", api.caseIdOf(anonymous.caseNumber()));
		assertThat(detail.get("history").get(0).get("actor").asString()).isEqualTo("匿名 · anonymous");

		JsonNode call = api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", "COUNTERFEIT"));
		JsonNode logged = api.getJson("handler.xihu", "/api/complaints/cases/{id}", call.get("caseId").asString());
		assertThat(logged.get("history").get(0).get("actor").asString()).isEqualTo("12313 坐席 · 12313 agent");
	}

	private static void assertActors(JsonNode detail, String... expected) {
		List<String> actors = detail.get("history").findValuesAsString("actor");
		assertThat(actors).containsExactly(expected);
		assertThat(actors).doesNotContainAnyElementsOf(CITIZEN).doesNotContain("agent", "supervisor", "handler.xihu");
	}

}
