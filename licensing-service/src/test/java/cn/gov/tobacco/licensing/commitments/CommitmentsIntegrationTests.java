package cn.gov.tobacco.licensing.commitments;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.BarredApplicantDto;
import cn.gov.tobacco.licensing.api.model.CommitmentSignatureDto;
import cn.gov.tobacco.licensing.api.model.CommitmentTemplateTextDto;
import cn.gov.tobacco.licensing.api.model.VersionedRequestDto;
import cn.gov.tobacco.licensing.postverification.PostVerificationIntegrationTests;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
public class CommitmentsIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void anAdminPublishesNewVersionsAndEarlierVersionsStayAsTheyWere() {
		Fixtures fx = new Fixtures(this.http);
		String code = "TEST_" + letters(8);
		fx.send("retailer.xihu", "POST", "/api/licensing/admin/commitment-templates/" + code + "/versions",
				text("本人承诺一", "I undertake one"))
			.expectStatus()
			.isForbidden();
		JsonNode v1 = fx
			.send("admin", "POST", "/api/licensing/admin/commitment-templates/" + code + "/versions",
					text("本人承诺一", "I undertake one"))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(v1.get("version").asInt()).isEqualTo(1);
		assertThat(v1.get("textSha256").asString()).isEqualTo(Templates.sha256("本人承诺一"));
		JsonNode v2 = fx
			.send("admin", "POST", "/api/licensing/admin/commitment-templates/" + code + "/versions",
					text("本人承诺二", "I undertake two"))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(v2.get("version").asInt()).isEqualTo(2);
		fx.send("retailer.xihu", "GET", "/api/licensing/commitment-templates/" + code + "/versions/1", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.textZh")
			.isEqualTo("本人承诺一")
			.jsonPath("$.textEn")
			.isEqualTo("I undertake one")
			.jsonPath("$.textSha256")
			.isEqualTo(v1.get("textSha256").asString());
		JsonNode current = fx.send("retailer.xihu", "GET", "/api/licensing/commitment-templates", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		Map<String, Integer> versions = new java.util.HashMap<>();
		for (JsonNode t : current) {
			assertThat(versions.put(t.get("code").asString(), t.get("version").asInt())).isNull();
		}
		assertThat(versions).containsEntry(code, 2).containsKey("PREMISES_PROOF");
		fx.send("retailer.xihu", "GET", "/api/licensing/commitment-templates/" + code + "/versions/3", null)
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theRetailerSignsForTheirDraftAndWithdrawsBeforeTheDecision() {
		Fixtures fx = new Fixtures(this.http);
		ApplicationDraftDto draft = Fixtures.draft("330106", Fixtures.creditCode());
		String operatorId = draft.getOperatorIdNumber();
		String id = fx.create("retailer.xihu", draft).get("id").asString();
		String uri = "/api/licensing/applications/" + id + "/commitments";
		String hash = template("PREMISES_PROOF", 1, fx).get("textSha256").asString();

		JsonNode signed = fx.send("retailer.xihu", "POST", uri, signature(1, hash, operatorId))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
		assertThat(signed.get("textSha256").asString()).isEqualTo(hash);
		assertThat(signed.get("templateVersion").asInt()).isEqualTo(1);
		assertThat(signed.get("signerIdNumber").asString()).doesNotContain(operatorId.substring(6, 14));
		assertThat(signed.get("applicationId").asString()).isEqualTo(id);

		fx.send("retailer.xihu", "POST", uri, signature(1, hash, operatorId)).expectStatus().isEqualTo(409);
		fx.send("retailer.shangcheng", "POST", uri, signature(1, hash, operatorId)).expectStatus().isNotFound();
		fx.send("retailer.xihu", "GET", uri, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);

		String withdrawal = uri + "/" + signed.get("id").asString() + "/withdrawal";
		fx.send("retailer.shangcheng", "POST", withdrawal, null).expectStatus().isNotFound();
		fx.send("retailer.xihu", "POST", withdrawal, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("WITHDRAWN");
		fx.send("retailer.xihu", "POST", withdrawal, null)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
		fx.send("retailer.xihu", "POST", uri, signature(1, hash, operatorId)).expectStatus().isCreated();
		fx.send("retailer.xihu", "GET", uri, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[0].status")
			.isEqualTo("WITHDRAWN")
			.jsonPath("$[1].status")
			.isEqualTo("SIGNED");
	}

	@Test
	void signingIsRefusedWithTheReason() {
		Fixtures fx = new Fixtures(this.http);
		ApplicationDraftDto draft = Fixtures.draft("330106", Fixtures.creditCode());
		String operatorId = draft.getOperatorIdNumber();
		String id = fx.create("retailer.xihu", draft).get("id").asString();
		String uri = "/api/licensing/applications/" + id + "/commitments";
		String hash = template("PREMISES_PROOF", 1, fx).get("textSha256").asString();

		fx.send("clerk.xihu", "POST", uri, signature(1, hash, operatorId)).expectStatus().isForbidden();
		fx.send("retailer.xihu", "POST", uri, signature(1, hash, invalid(operatorId))).expectStatus().isBadRequest();
		fx.send("retailer.xihu", "POST", uri, signature(1, hash, Fixtures.residentId()))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/business-rule");
		fx.send("retailer.xihu", "POST", uri, signature(1, "0".repeat(64), operatorId)).expectStatus().isEqualTo(422);
		fx.send("retailer.xihu", "POST", uri, signature(999, null, operatorId)).expectStatus().isEqualTo(422);

		fx.send("admin", "POST", "/api/licensing/admin/barred-applicants",
				new BarredApplicantDto("提供虚假材料", LocalDate.now().plusYears(1)).idNumber(operatorId))
			.expectStatus()
			.isCreated();
		String detail = fx.send("retailer.xihu", "POST", uri, signature(1, hash, operatorId))
			.expectStatus()
			.isEqualTo(422)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("detail")
			.asString();
		assertThat(detail).contains("提供虚假材料");
	}

	@Test
	void aSubmittedApplicationTakesNoNewCommitment() {
		Fixtures fx = new Fixtures(this.http);
		String id = fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		fx.send("retailer.xihu", "POST", "/api/licensing/applications/" + id + "/commitments",
				signature(1, null, Fixtures.residentId()))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
		fx.act("retailer.xihu", id, "withdrawal", (v) -> new VersionedRequestDto().version(v).reason("不办了"))
			.expectStatus()
			.isOk();
	}

	@Test
	void aSignedCommitmentStandsInForTheProofItCommitsTo() {
		Fixtures fx = new Fixtures(this.http);
		ApplicationDraftDto draft = Fixtures.draft("330106", Fixtures.creditCode());
		String id = fx.create("retailer.xihu", draft).get("id").asString();
		fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO");
		fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.missing[0]")
			.isEqualTo("document:PREMISES_PROOF");
		fx.send("retailer.xihu", "POST", "/api/licensing/applications/" + id + "/commitments",
				signature(1, null, draft.getOperatorIdNumber()))
			.expectStatus()
			.isCreated();
		fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("SUBMITTED");
	}

	@Test
	void aCommitmentCannotBeWithdrawnAfterTheDecision() {
		Fixtures fx = new Fixtures(this.http);
		String id = PostVerificationIntegrationTests.committedAndApproved(fx, Fixtures.creditCode())
			.get("id")
			.asString();
		String commitment = fx.send("retailer.xihu", "GET", "/api/licensing/applications/" + id + "/commitments", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get(0)
			.get("id")
			.asString();
		fx.send("retailer.xihu", "POST",
				"/api/licensing/applications/" + id + "/commitments/" + commitment + "/withdrawal", null)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
	}

	private static JsonNode template(String code, int version, Fixtures fx) {
		return fx
			.send("retailer.xihu", "GET", "/api/licensing/commitment-templates/" + code + "/versions/" + version, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/** A signature of the PREMISES_PROOF commitment; {@code hash} may be {@code null}. */
	public static CommitmentSignatureDto signature(int version, String hash, String idNumber) {
		return new CommitmentSignatureDto().templateCode("PREMISES_PROOF")
			.templateVersion(version)
			.textSha256(hash)
			.signerName("张三")
			.signerIdNumber(idNumber);
	}

	/** A new version of a commitment template, in both languages. */
	static CommitmentTemplateTextDto text(String zh, String en) {
		return new CommitmentTemplateTextDto().titleZh("测试承诺书").textZh(zh).textEn(en);
	}

	private static String letters(int n) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < n; i++) {
			out.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return out.toString();
	}

	private static String invalid(String id) {
		return id.substring(0, 17) + ((id.charAt(17) == '0') ? '1' : '0');
	}

}
