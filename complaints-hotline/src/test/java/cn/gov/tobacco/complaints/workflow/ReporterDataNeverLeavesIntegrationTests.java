package cn.gov.tobacco.complaints.workflow;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.CallerHistoryQueryDto;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.EvaluationDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.intake.Reports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beyond ConfidentialityIntegrationTests: the reporter's name, phone and ID number are in
 * none of the answers a HANDLER gets while working the case (actions, candidates), none a
 * retailer account gets on any path (the two lookups included), and none the
 * tracking-code holder gets up to the evaluation.
 */
class ReporterDataNeverLeavesIntegrationTests extends IntegrationTestSupport {

	private static final String NAME = "郑十一";

	private static final String PHONE = "13511112222";

	private static final String ID_NUMBER = "33010619800101001X";

	@Test
	void noAnswerToAHandlerARetailerOrTheTrackingCodeHolderCarriesReporterData() {
		CaseApi api = new CaseApi(client());
		String retailer = "保密测试商店" + Reports.unique();
		NewCallDto call = new NewCallDto(CaseKindDto.REPORT, "COUNTERFEIT",
				new AddressDto("330106", "保俶路" + Reports.unique() + "号"), "来电称该店出售假冒卷烟，包装与正品明显不同。")
			.retailerName(retailer)
			.callerNumber(PHONE)
			.callerName(NAME)
			.callerIdNumber(ID_NUMBER);
		JsonNode filed = api.logCall("agent", call);
		String tracking = filed.get("trackingCode").asString();
		String id = api.caseIdOf(filed.get("caseNumber").asString());
		String candidates = "/api/complaints/duplicate-candidates?divisionCode=330106&category=COUNTERFEIT&retailerName="
				+ retailer;

		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		// The handler, all along the work.
		assertClean(actBody(api, "handler.xihu", id, new CaseActionRequestDto().action(CaseActionDto.START)));
		assertClean(api.get("handler.xihu", candidates).expectStatus().isForbidden().expectBody(String.class));
		assertClean(api.get("supervisor", candidates).expectStatus().isOk().expectBody(String.class));
		assertClean(actBody(api, "handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("经查属实，已依法处理。")
					.outcome(OutcomeDto.SUBSTANTIATED)
					.licenseNo("330106201900777")));
		assertClean(api.get("handler.xihu", "/api/complaints/cases/{id}", id).expectBody(String.class));
		assertClean(api.get("handler.xihu", "/api/complaints/cases/{id}/reporter", id)
			.expectStatus()
			.isForbidden()
			.expectBody(String.class));
		lookUp("handler.xihu").expectStatus().isForbidden();

		// The reported retailer's account, on every path.
		for (String path : List.of("/api/complaints/cases/" + id, "/api/complaints/cases/" + id + "/reporter",
				"/api/complaints/cases/" + id + "/audit", "/api/complaints/cases?limit=100",
				"/api/complaints/queue?limit=100", "/api/complaints/supervision/alerts?limit=100", candidates,
				"/api/complaints/my/reports?limit=100")) {
			assertClean(api.get("retailer.xihu", path).expectBody(String.class));
		}
		api.get("retailer.xihu", candidates).expectStatus().isForbidden();
		assertClean(lookUp("retailer.xihu").expectStatus().isForbidden().expectBody(String.class));

		// The tracking-code holder, up to the evaluation.
		assertClean(client().get()
			.uri("/api/complaints/public/reports/{code}", tracking)
			.exchange()
			.expectBody(String.class));
		assertClean(client().post()
			.uri("/api/complaints/public/reports/{code}/evaluation", tracking)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new EvaluationDto(true))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class));
	}

	private WebTestClient.BodySpec<String, ?> actBody(CaseApi api, String user, String id,
			CaseActionRequestDto request) {
		return api.attempt(user, id, request).expectStatus().isOk().expectBody(String.class);
	}

	private WebTestClient.ResponseSpec lookUp(String user) {
		return client().post()
			.uri("/api/complaints/caller-history")
			.headers((h) -> h.setBearerAuth(tokenOf(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new CallerHistoryQueryDto(PHONE))
			.exchange();
	}

	private static void assertClean(WebTestClient.BodySpec<String, ?> body) {
		String text = body.returnResult().getResponseBody();
		assertThat(text).isNotNull();
		assertThat(text).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain(ID_NUMBER);
	}

}
