package cn.gov.tobacco.complaints.workflow;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whitelist refuses with 409 what CaseLifecycleIntegrationTests does not already try:
 * escalation by a supervisor and what it blocks, evaluating too early or twice, acting on
 * a refused case.
 */
class LifecycleRefusalsIntegrationTests extends IntegrationTestSupport {

	@Test
	void aSupervisorEscalatesAnOpenCaseWhichStopsTheHandlerUntilItIsDispatchedAgain() {
		CaseApi api = new CaseApi(client());
		String id = api.caseIdOf(api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", "COUNTERFEIT"))
			.get("caseNumber")
			.asString());
		api.act("agent", id, "ACCEPT", Map.of());
		api.act("agent", id, "DISPATCH", Map.of());
		api.act("handler.xihu", id, "START", Map.of());
		expectStatus(api, "supervisor", id, Map.of("action", "ESCALATE"), 400);
		JsonNode escalated = api.act("supervisor", id, "ESCALATE", Map.of("reason", "群众反复反映，升级督办"));
		assertThat(escalated.get("summary").get("state").asString()).isEqualTo("ESCALATED");

		expectIllegal(api, "handler.xihu", id,
				Map.of("action", "ANSWER", "publicAnswer", "已查处。", "outcome", "SUBSTANTIATED"));
		expectIllegal(api, "supervisor", id, Map.of("action", "ESCALATE", "reason", "再次升级"));
		JsonNode redispatched = api.act("supervisor", id, "DISPATCH", Map.of());
		assertThat(redispatched.get("summary").get("state").asString()).isEqualTo("DISPATCHED");
		assertThat(api.getJson("supervisor", "/api/complaints/cases/{id}", id).get("history").findValuesAsString("to"))
			.containsSubsequence("IN_PROGRESS", "ESCALATED", "DISPATCHED");
	}

	@Test
	void evaluatingBeforeTheAnswerOrTwiceIsAConflict() {
		CaseApi api = new CaseApi(client());
		JsonNode filed = api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", "SMUGGLED"));
		String tracking = filed.get("trackingCode").asString();
		String id = api.caseIdOf(filed.get("caseNumber").asString());
		evaluate(tracking, "{\"satisfied\":true}").expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType("application/problem+json");
		api.act("agent", id, "ACCEPT", Map.of());
		api.act("agent", id, "DISPATCH", Map.of());
		api.act("handler.xihu", id, "START", Map.of());
		api.act("handler.xihu", id, "ANSWER", Map.of("publicAnswer", "已核查处理。", "outcome", "REFERRED"));
		evaluate(tracking, "{\"satisfied\":true}").expectStatus().isOk();
		evaluate(tracking, "{\"satisfied\":false,\"reason\":\"改主意了\"}").expectStatus().isEqualTo(409);
		expectIllegal(api, "handler.xihu", id, Map.of("action", "START"));
	}

	@Test
	void aCaseNotAcceptedCannotBeAcceptedOrDispatched() {
		CaseApi api = new CaseApi(client());
		String id = api.caseIdOf(api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", "UNLICENSED"))
			.get("caseNumber")
			.asString());
		expectStatus(api, "agent", id, Map.of("action", "NOT_ACCEPT"), 400);
		api.act("agent", id, "NOT_ACCEPT", Map.of("reason", "反映内容不属于烟草专卖管理范围"));
		expectIllegal(api, "agent", id, Map.of("action", "ACCEPT"));
		expectIllegal(api, "agent", id, Map.of("action", "DISPATCH"));
		expectIllegal(api, "supervisor", id, Map.of("action", "ESCALATE", "reason", "x"));
	}

	private void expectIllegal(CaseApi api, String user, String id, Map<String, Object> body) {
		long version = api.getJson("supervisor", "/api/complaints/cases/{id}", id).get("version").asLong();
		Map<String, Object> request = new java.util.HashMap<>(body);
		request.put("version", version);
		api.act(user, id, request)
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
	}

	private void expectStatus(CaseApi api, String user, String id, Map<String, Object> body, int status) {
		long version = api.getJson("supervisor", "/api/complaints/cases/{id}", id).get("version").asLong();
		Map<String, Object> request = new java.util.HashMap<>(body);
		request.put("version", version);
		api.act(user, id, request).expectStatus().isEqualTo(status);
	}

	private WebTestClient.ResponseSpec evaluate(String tracking, String body) {
		return client().post()
			.uri("/api/complaints/public/reports/{code}/evaluation", tracking)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
