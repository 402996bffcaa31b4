package cn.gov.tobacco.licensing.creditrepair;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CreditRepairDecisionDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairRequestDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class CreditRepairIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void aGrantedRepairMarksTheRecordAndTheGradeRecovers() {
		Fixtures fx = new Fixtures(this.http);
		String recordId = fx.penalty(fx.approvedNew("retailer.xihu"));
		int before = score(fx);
		String repairs = "/api/licensing/credit/records/" + recordId + "/repair-requests";

		fx.send("retailer.shangcheng", "POST", repairs, new CreditRepairRequestDto("已整改")).expectStatus().isNotFound();
		fx.send("clerk.xihu", "POST", repairs, new CreditRepairRequestDto("已整改")).expectStatus().isForbidden();
		JsonNode repair = fx.send("retailer.xihu", "POST", repairs, new CreditRepairRequestDto("已整改，附整改报告"))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(repair.get("status").asString()).isEqualTo("PENDING");
		fx.send("retailer.xihu", "POST", repairs, new CreditRepairRequestDto("再次申请")).expectStatus().isEqualTo(409);

		String decision = "/api/licensing/credit/repair-requests/" + repair.get("id").asString() + "/decision";
		CreditRepairDecisionDto grant = new CreditRepairDecisionDto(true, "整改到位");
		fx.send("retailer.xihu", "POST", decision, grant).expectStatus().isForbidden();
		fx.send("clerk.xihu", "POST", decision, grant)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("GRANTED");
		fx.send("clerk.xihu", "POST", decision, grant).expectStatus().isEqualTo(409);

		JsonNode profile = profile(fx);
		assertThat(profile.get("score").asInt()).isEqualTo(before + 20);
		JsonNode record = null;
		for (JsonNode r : profile.get("records")) {
			if (r.get("id").asString().equals(recordId)) {
				record = r;
			}
		}
		assertThat(record).isNotNull();
		assertThat(record.get("repaired").asBoolean()).isTrue();
		assertThat(record.get("counts").asBoolean()).isFalse();
		fx.send("retailer.xihu", "POST", repairs, new CreditRepairRequestDto("已整改")).expectStatus().isEqualTo(409);
	}

	@Test
	void aRefusedRepairChangesNothingAndMayBeAskedAgain() {
		Fixtures fx = new Fixtures(this.http);
		String recordId = fx.penalty(fx.approvedNew("retailer.xihu"));
		int before = score(fx);
		String repairs = "/api/licensing/credit/records/" + recordId + "/repair-requests";
		String id = fx.send("retailer.xihu", "POST", repairs, new CreditRepairRequestDto("已整改"))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		fx.send("clerk.xihu", "POST", "/api/licensing/credit/repair-requests/" + id + "/decision",
				new CreditRepairDecisionDto(false, "证据不足"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REFUSED")
			.jsonPath("$.decision")
			.isEqualTo("证据不足");
		assertThat(score(fx)).isEqualTo(before);
		fx.send("retailer.xihu", "POST", repairs, new CreditRepairRequestDto("补充证据")).expectStatus().isCreated();
	}

	private static int score(Fixtures fx) {
		return profile(fx).get("score").asInt();
	}

	private static JsonNode profile(Fixtures fx) {
		return fx.send("retailer.xihu", "GET", "/api/licensing/credit/profile", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
