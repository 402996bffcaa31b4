package cn.gov.tobacco.licensing.postverification;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.PostVerificationFindingsDto;
import cn.gov.tobacco.licensing.commitments.CommitmentsIntegrationTests;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
public class PostVerificationIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void aTrueCommitmentIsFulfilled() {
		Fixtures fx = new Fixtures(this.http);
		String id = committedAndApproved(fx, Fixtures.creditCode()).get("id").asString();
		JsonNode task = task(fx, id);
		assertThat(task.get("status").asString()).isEqualTo("PENDING");
		assertThat(task.get("dueOn").asString()).isNotBlank();
		String findings = "/api/licensing/post-verifications/" + task.get("id").asString() + "/findings";
		fx.send("clerk.xihu", "POST", findings, new PostVerificationFindingsDto(true, "场所属实"))
			.expectStatus()
			.isForbidden();
		fx.send("inspector.xihu", "POST", findings, new PostVerificationFindingsDto(true, "场所属实"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("FULFILLED");
		fx.send("inspector.xihu", "POST", findings, new PostVerificationFindingsDto(false, "改口"))
			.expectStatus()
			.isEqualTo(409);
		fx.send("retailer.xihu", "GET", "/api/licensing/applications/" + id + "/commitments", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].status")
			.isEqualTo("FULFILLED");
	}

	@Test
	void aFalseCommitmentRevokesTheLicenseWritesABreachAndBars() {
		Fixtures fx = new Fixtures(this.http);
		String creditCode = Fixtures.creditCode();
		JsonNode approved = committedAndApproved(fx, creditCode);
		String id = approved.get("id").asString();
		String licenseNo = approved.get("licenseNo").asString();
		int before = fx.send("retailer.xihu", "GET", "/api/licensing/credit/profile", null)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("score")
			.asInt();
		JsonNode task = task(fx, id);
		fx.send("inspector.xihu", "POST",
				"/api/licensing/post-verifications/" + task.get("id").asString() + "/findings",
				new PostVerificationFindingsDto(false, "场所系他人所有，无使用证明"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("BREACHED");

		fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REVOKED");
		String notices = fx.send("retailer.xihu", "GET", "/api/licensing/applications/" + id + "/notices", null)
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(notices).contains("REVOCATION").contains("场所系他人所有");
		JsonNode profile = fx.send("retailer.xihu", "GET", "/api/licensing/credit/profile", null)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(profile.get("score").asInt()).isEqualTo(before - 40);
		assertThat(profile.get("grade").asString()).isEqualTo("D");

		ApplicationDraftDto draft = Fixtures.draft("330106", creditCode);
		String again = fx.create("retailer.xihu", draft).get("id").asString();
		String detail = fx
			.send("retailer.xihu", "POST", "/api/licensing/applications/" + again + "/commitments",
					CommitmentsIntegrationTests.signature(1, null, draft.getOperatorIdNumber()))
			.expectStatus()
			.isEqualTo(422)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("detail")
			.asString();
		assertThat(detail).contains("告知承诺不实");
	}

	public static JsonNode committedAndApproved(Fixtures fx, String creditCode) {
		ApplicationDraftDto draft = Fixtures.draft("330106", creditCode);
		String id = fx.create("retailer.xihu", draft).get("id").asString();
		fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		fx.send("retailer.xihu", "POST", "/api/licensing/applications/" + id + "/commitments",
				CommitmentsIntegrationTests.signature(1, null, draft.getOperatorIdNumber()))
			.expectStatus()
			.isCreated();
		fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		fx.approve("approver", id, "承诺制审批").expectStatus().isOk();
		return fx.read("retailer.xihu", id);
	}

	public static JsonNode task(Fixtures fx, String applicationId) {
		return fx
			.send("inspector.xihu", "GET", "/api/licensing/applications/" + applicationId + "/post-verification", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
