package cn.gov.tobacco.complaints.workflow;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.EvaluationDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.intake.Reports;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLifecycleIntegrationTests extends IntegrationTestSupport {

	static NewCallDto call(String division, String category) {
		return new NewCallDto(CaseKindDto.REPORT, category,
				new AddressDto(division, "古墩路" + Reports.unique() + "号 小卖部"), "来电称该店长期在柜台下销售无标识卷烟，今天上午十点仍在销售。")
			.callerNumber("13900001111")
			.callerName("李四");
	}

	@Test
	void callIsAcceptedDispatchedAnsweredAndClosedAfterASatisfiedEvaluation() {
		CaseApi api = new CaseApi(client());
		JsonNode filed = api.logCall("agent", call("330106", "COUNTERFEIT"));
		String tracking = filed.get("trackingCode").asString();
		String id = api.caseIdOf(filed.get("caseNumber").asString());

		api.act("agent", id, CaseActionDto.ACCEPT);
		JsonNode dispatched = api.act("agent", id, CaseActionDto.DISPATCH);
		assertThat(dispatched.get("summary").get("state").asString()).isEqualTo("DISPATCHED");
		assertThat(dispatched.get("summary").get("answerDueAt").isNull()).isFalse();

		assertThat(api.allIds("handler.xihu", "/api/complaints/queue")).contains(id);

		api.act("handler.xihu", id, CaseActionDto.START);
		api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("经查，该店确有销售假冒卷烟行为，已依法立案查处。")
					.outcome(OutcomeDto.SUBSTANTIATED));

		client().get()
			.uri("/api/complaints/public/reports/{code}", tracking)
			.exchange()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("ANSWERED")
			.jsonPath("$.publicAnswer")
			.isEqualTo("经查，该店确有销售假冒卷烟行为，已依法立案查处。");

		client().post()
			.uri("/api/complaints/public/reports/{code}/evaluation", tracking)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new EvaluationDto(true))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("CLOSED");

		JsonNode history = api.getJson("supervisor", "/api/complaints/cases/{id}", id).get("history");
		assertThat(history.findValuesAsString("to")).containsExactly("RECEIVED", "ACCEPTED", "DISPATCHED",
				"IN_PROGRESS", "ANSWERED", "EVALUATED_SATISFIED", "CLOSED");
		api.getJson("supervisor", "/api/complaints/cases/{id}/audit", id);
		assertThat(api.getJson("supervisor", "/api/complaints/cases/{id}/audit", id).get("intact").asBoolean())
			.isTrue();
	}

	@Test
	void unsatisfiedReopensOnceForASecondInvestigationThenCloses() {
		CaseApi api = new CaseApi(client());
		JsonNode filed = api.logCall("agent", call("330106", "UNLICENSED"));
		String tracking = filed.get("trackingCode").asString();
		String id = api.caseIdOf(filed.get("caseNumber").asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		api.act("handler.xihu", id, CaseActionDto.START);
		api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("未发现违法行为。")
					.outcome(OutcomeDto.UNSUBSTANTIATED));

		evaluate(tracking, new EvaluationDto(false)).expectStatus().isBadRequest();
		evaluate(tracking, new EvaluationDto(false).reason("店里今天还在卖")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("DISPATCHED");
		assertThat(api.getJson("supervisor", "/api/complaints/cases/{id}", id).get("reopenCount").asInt()).isEqualTo(1);

		api.act("handler.xihu", id, CaseActionDto.START);
		api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("复查后已责令停止经营。")
					.outcome(OutcomeDto.SUBSTANTIATED));
		evaluate(tracking, new EvaluationDto(false).reason("还是不满意")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("CLOSED");
	}

	@Test
	void actionsOutsideTheWhitelistOrWithAStaleVersionAreConflicts() {
		CaseApi api = new CaseApi(client());
		String id = api.caseIdOf(api.logCall("agent", call("330106", "SMUGGLED")).get("caseNumber").asString());
		api.send("handler.xihu", id, new CaseActionRequestDto().action(CaseActionDto.START).version(0L))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.send("agent", id, new CaseActionRequestDto().action(CaseActionDto.DISPATCH).version(0L))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/version-conflict");
		api.send("handler.xihu", id, new CaseActionRequestDto().action(CaseActionDto.ESCALATE).version(1L).reason("x"))
			.expectStatus()
			.isForbidden();
		evaluate("ZZZZZZZZZZZZZZZZZZZZ", new EvaluationDto(true)).expectStatus().isNotFound();
	}

	@Test
	void handlerOutsideTheDistrictDoesNotSeeTheCase() {
		CaseApi api = new CaseApi(client());
		String id = api.caseIdOf(api.logCall("agent", call("330102", "COUNTERFEIT")).get("caseNumber").asString());
		api.get("handler.xihu", "/api/complaints/cases/{id}", id).expectStatus().isNotFound();
		api.get("retailer.xihu", "/api/complaints/cases/{id}", id).expectStatus().isForbidden();
	}

	@Test
	void rewardIsRecordedOnlyOnASubstantiatedReport() {
		CaseApi api = new CaseApi(client());
		String id = api.caseIdOf(api.logCall("agent", call("330106", "COUNTERFEIT")).get("caseNumber").asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		long version = api.getJson("supervisor", "/api/complaints/cases/{id}", id).get("version").asLong();
		api.send("supervisor", id,
				new CaseActionRequestDto().action(CaseActionDto.REWARD).version(version).rewardAmount(500.0))
			.expectStatus()
			.isEqualTo(422);
		api.act("agent", id, CaseActionDto.DISPATCH);
		api.act("handler.xihu", id, CaseActionDto.START);
		api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("属实，已查处。")
					.outcome(OutcomeDto.SUBSTANTIATED));
		JsonNode rewarded = api.act("supervisor", id,
				new CaseActionRequestDto().action(CaseActionDto.REWARD).rewardAmount(500.0).reason("举报属实"));
		assertThat(rewarded.get("rewardAmount").asDouble()).isEqualTo(500.0);
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec evaluate(String tracking,
			EvaluationDto body) {
		return client().post()
			.uri("/api/complaints/public/reports/{code}/evaluation", tracking)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
