package cn.gov.tobacco.complaints.workflow;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidentialityIntegrationTests extends IntegrationTestSupport {

	private static final String[] SECRETS = { "李四", "13900001111", "11010519491231002X" };

	@Test
	void reporterDataIsAbsentFromEverythingAHandlerOrRetailerOrTrackingCodeHolderGets() {
		CaseApi api = new CaseApi(client());
		JsonNode filed = api.logCall("agent",
				CaseLifecycleIntegrationTests.call("330106", "COUNTERFEIT").callerIdNumber("11010519491231002X"));
		String id = api.caseIdOf(filed.get("caseNumber").asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);

		assertNoSecrets(api.get("handler.xihu", "/api/complaints/cases/{id}", id).expectBody(String.class));
		assertNoSecrets(api.get("handler.xihu", "/api/complaints/queue?limit=100").expectBody(String.class));
		assertNoSecrets(api.get("handler.xihu", "/api/complaints/cases?limit=100").expectBody(String.class));
		assertNoSecrets(api.get("agent", "/api/complaints/cases?limit=100").expectBody(String.class));
		assertNoSecrets(client().get()
			.uri("/api/complaints/public/reports/{code}", filed.get("trackingCode").asString())
			.exchange()
			.expectBody(String.class));
		api.get("retailer.xihu", "/api/complaints/cases?limit=100").expectStatus().isForbidden();
		api.get("retailer.xihu", "/api/complaints/cases/{id}/reporter", id).expectStatus().isForbidden();
		api.get("handler.xihu", "/api/complaints/cases/{id}/reporter", id).expectStatus().isForbidden();
		api.get("agent", "/api/complaints/cases/{id}/reporter", id).expectStatus().isForbidden();

		JsonNode detail = api.getJson("handler.xihu", "/api/complaints/cases/{id}", id);
		assertThat(detail.get("summary").get("reporterMasked").asString())
			.isEqualTo("李* 139****1111 1101**********002X");
	}

	@Test
	void supervisorWithThePermissionReadsReporterDataAndTheReadIsAudited() {
		CaseApi api = new CaseApi(client());
		JsonNode filed = api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", "SMUGGLED"));
		String id = api.caseIdOf(filed.get("caseNumber").asString());
		int before = api.getJson("supervisor", "/api/complaints/cases/{id}/audit", id).get("entries").asInt();

		JsonNode reporter = api.getJson("supervisor", "/api/complaints/cases/{id}/reporter", id);
		assertThat(reporter.get("name").asString()).isEqualTo("李四");
		assertThat(reporter.get("phone").asString()).isEqualTo("13900001111");

		JsonNode audit = api.getJson("supervisor", "/api/complaints/cases/{id}/audit", id);
		assertThat(audit.get("entries").asInt()).isEqualTo(before + 1);
		assertThat(audit.get("intact").asBoolean()).isTrue();
	}

	private static void assertNoSecrets(
			org.springframework.test.web.reactive.server.WebTestClient.BodySpec<String, ?> body) {
		String text = body.returnResult().getResponseBody();
		assertThat(text).isNotNull();
		for (String secret : SECRETS) {
			assertThat(text).doesNotContain(secret);
		}
	}

}
