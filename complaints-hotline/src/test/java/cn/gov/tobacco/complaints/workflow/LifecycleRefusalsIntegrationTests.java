package cn.gov.tobacco.complaints.workflow;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.EvaluationDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;

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
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		api.act("handler.xihu", id, CaseActionDto.START);
		expectStatus(api, "supervisor", id, new CaseActionRequestDto().action(CaseActionDto.ESCALATE), 400);
		JsonNode escalated = api.act("supervisor", id,
				new CaseActionRequestDto().action(CaseActionDto.ESCALATE).reason("群众反复反映，升级督办"));
		assertThat(escalated.get("summary").get("state").asString()).isEqualTo("ESCALATED");

		expectIllegal(api, "handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("已查处。")
					.outcome(OutcomeDto.SUBSTANTIATED));
		expectIllegal(api, "supervisor", id, new CaseActionRequestDto().action(CaseActionDto.ESCALATE).reason("再次升级"));
		JsonNode redispatched = api.act("supervisor", id, CaseActionDto.DISPATCH);
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
		evaluate(tracking, new EvaluationDto(true)).expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType("application/problem+json");
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		api.act("handler.xihu", id, CaseActionDto.START);
		api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("已核查处理。")
					.outcome(OutcomeDto.REFERRED));
		evaluate(tracking, new EvaluationDto(true)).expectStatus().isOk();
		evaluate(tracking, new EvaluationDto(false).reason("改主意了")).expectStatus().isEqualTo(409);
		expectIllegal(api, "handler.xihu", id, new CaseActionRequestDto().action(CaseActionDto.START));
	}

	@Test
	void aCaseNotAcceptedCannotBeAcceptedOrDispatched() {
		CaseApi api = new CaseApi(client());
		String id = api.caseIdOf(api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", "UNLICENSED"))
			.get("caseNumber")
			.asString());
		expectStatus(api, "agent", id, new CaseActionRequestDto().action(CaseActionDto.NOT_ACCEPT), 400);
		api.act("agent", id, new CaseActionRequestDto().action(CaseActionDto.NOT_ACCEPT).reason("反映内容不属于烟草专卖管理范围"));
		expectIllegal(api, "agent", id, new CaseActionRequestDto().action(CaseActionDto.ACCEPT));
		expectIllegal(api, "agent", id, new CaseActionRequestDto().action(CaseActionDto.DISPATCH));
		expectIllegal(api, "supervisor", id, new CaseActionRequestDto().action(CaseActionDto.ESCALATE).reason("x"));
	}

	private void expectIllegal(CaseApi api, String user, String id, CaseActionRequestDto request) {
		api.attempt(user, id, request)
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
	}

	private void expectStatus(CaseApi api, String user, String id, CaseActionRequestDto request, int status) {
		api.attempt(user, id, request).expectStatus().isEqualTo(status);
	}

	private WebTestClient.ResponseSpec evaluate(String tracking, EvaluationDto body) {
		return client().post()
			.uri("/api/complaints/public/reports/{code}/evaluation", tracking)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
