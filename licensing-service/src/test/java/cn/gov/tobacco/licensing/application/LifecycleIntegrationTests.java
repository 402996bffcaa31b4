package cn.gov.tobacco.licensing.application;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CorrectionRequestDto;
import cn.gov.tobacco.licensing.api.model.DecisionRequestDto;
import cn.gov.tobacco.licensing.api.model.ExtensionRequestDto;
import cn.gov.tobacco.licensing.api.model.SiteCheckAssignmentDto;
import cn.gov.tobacco.licensing.api.model.SiteCheckFindingsDto;
import cn.gov.tobacco.licensing.api.model.VersionedRequestDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@LicensingIntegrationTest
class LifecycleIntegrationTests {

	@Autowired
	WebTestClient http;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
	}

	@Test
	void submittingWithoutRequiredDocumentsIs422NamingEveryMissingItem() {
		JsonNode draft = this.fx.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()));
		String id = draft.get("id").asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE");
		this.fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/business-rule")
			.jsonPath("$.missing")
			.value((List<String> missing) -> assertThat(missing).containsExactlyInAnyOrder("document:ID_CARD",
					"document:PREMISES_PHOTO", "document:PREMISES_PROOF"));
		// the text names them by their labels (issue 13 point 2)
		this.fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("身份证")
				.contains("经营场所照片")
				.contains("场所使用证明")
				.doesNotContain("document:"));
		assertThat(this.fx.read("retailer.xihu", id).get("state").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aNewApplicationGoesFromSubmissionToAnIssuedLicenseWithEveryStepOnTheRecord() throws Exception {
		JsonNode submitted = this.fx.submittedNew("retailer.xihu", "330106");
		String id = submitted.get("id").asString();
		assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.at("/deadlines/acceptanceDue").asString()).isNotBlank();
		assertThat(submitted.at("/deadlines/promiseDue").asString()).isNotBlank();
		assertThat(submitted.get("holder").asString()).isEqualTo("CLERK");

		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		this.fx.send("clerk.xihu", "GET", "/api/licensing/applications/" + id + "/checks", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code == 'SCHOOL_DISTANCE')].limit")
			.isEqualTo(List.of(100.0))
			.jsonPath("$[?(@.code == 'INCOMPLETE_MATERIALS')].passed")
			.isEqualTo(List.of(true))
			.jsonPath("$[?(@.code == 'BARRED_APPLICANT')].passed")
			.isEqualTo(List.of(true));
		this.fx
			.act("clerk.xihu", id, "site-check",
					(v) -> new SiteCheckAssignmentDto().version(v).inspector("inspector.xihu"))
			.expectStatus()
			.isOk();
		assertThat(this.fx.read("retailer.xihu", id).get("holder").asString()).isEqualTo("INSPECTOR:inspector.xihu");
		this.fx.upload("inspector.xihu", id, "SITE_PHOTO");
		this.fx
			.act("inspector.xihu", id, "site-check/findings",
					(v) -> new SiteCheckFindingsDto().version(v).findings("场所与申报一致").passed(true))
			.expectStatus()
			.isOk();
		JsonNode approved = this.fx.approve("approver", id, "符合法定条件")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("outcomeReason").asString()).isEqualTo("符合法定条件");

		String licenseNo = this.fx.read("retailer.xihu", id).get("licenseNo").asString();
		assertThat(licenseNo).matches("3301062\\d{3}\\d{5}");
		this.http.get()
			.uri("/api/licensing/public/licenses/{no}", licenseNo)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.value((pub) -> {
				assertThat(pub.get("status").asString()).isEqualTo("ACTIVE");
				assertThat(pub.propertyNames()).containsExactlyInAnyOrder("number", "status", "businessName",
						"premisesAddress", "validFrom", "validUntil");
			});
		byte[] pdf = this.fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + licenseNo + "/certificate", null)
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("烟草专卖零售许可证").contains(licenseNo);
			var resources = document.getPage(0).getResources();
			for (var name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).isTrue();
			}
		}

		this.fx.send("supervisor", "GET", "/api/licensing/applications/" + id + "/audit", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].action")
			.isEqualTo(List.of("CREATED", "SUBMITTED", "ACCEPTED", "REVIEW_STARTED", "SITE_CHECK_ASSIGNED",
					"SITE_CHECK_RECORDED", "APPROVED"))
			.jsonPath("$[6].actor")
			.isEqualTo("approver");
		this.fx.send("supervisor", "GET", "/api/licensing/applications/" + id + "/audit/verification", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
		this.fx.send("supervisor", "GET", "/api/licensing/licenses/" + licenseNo + "/audit/verification", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> notices(id).stream().filter((n) -> "SENT".equals(n.get("deliveryStatus").asString())).count(),
					(sent) -> sent == 2);
	}

	@Test
	void aTransitionNotOnTheWhitelistIs409AndChangesNothing() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		long version = this.fx.read("clerk.xihu", id).get("version").asLong();
		this.fx.approve("approver", id, "跳过受理")
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
		JsonNode after = this.fx.read("clerk.xihu", id);
		assertThat(after.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(after.get("version").asLong()).isEqualTo(version);
	}

	@Test
	void aStaleVersionIs409() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		this.fx
			.send("clerk.xihu", "POST", "/api/licensing/applications/" + id + "/acceptance",
					new VersionedRequestDto(0L))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/version-conflict");
	}

	@Test
	void twoDecisionsAtOnceExactlyOneWins() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		long version = this.fx.read("approver", id).get("version").asLong();
		CompletableFuture<Integer> approve = CompletableFuture.supplyAsync(
				() -> status(id, new DecisionRequestDto(version, DecisionRequestDto.OutcomeEnum.APPROVED, "并发")));
		CompletableFuture<Integer> refuse = CompletableFuture.supplyAsync(
				() -> status(id, new DecisionRequestDto(version, DecisionRequestDto.OutcomeEnum.REFUSED, "并发")));
		assertThat(List.of(approve.join(), refuse.join())).containsExactlyInAnyOrder(200, 409);
	}

	@Test
	void nobodyOutsideTheSubtreeSeesOrTouchesAnItem() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		this.fx.send("clerk.shangcheng", "GET", "/api/licensing/applications/" + id, null).expectStatus().isNotFound();
		this.fx
			.send("clerk.shangcheng", "POST", "/api/licensing/applications/" + id + "/acceptance",
					new VersionedRequestDto(1L))
			.expectStatus()
			.isNotFound();
		this.fx
			.send("retailer.shangcheng", "POST", "/api/licensing/applications/" + id + "/withdrawal",
					new VersionedRequestDto(1L))
			.expectStatus()
			.isNotFound();
		this.fx.send("approver", "GET", "/api/licensing/applications/" + id, null).expectStatus().isOk();
	}

	@Test
	void aRetailerCannotAcceptAndAClerkCannotDecide() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		this.fx.act("retailer.xihu", id, "acceptance").expectStatus().isForbidden();
		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		this.fx.approve("clerk.xihu", id, "x").expectStatus().isForbidden();
	}

	@Test
	void oneCorrectionNoticeListsEveryItemPausesTheClockAndIsNotRepeated() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		JsonNode corrected = this.fx
			.act("clerk.xihu", id, "correction-request",
					(v) -> new CorrectionRequestDto().version(v).items(List.of("营业执照复印件不清晰", "缺少租赁合同第二页")))
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(corrected.get("state").asString()).isEqualTo("CORRECTION_REQUESTED");
		assertThat(corrected.at("/deadlines/paused").asBoolean()).isTrue();
		assertThat(corrected.at("/deadlines/risk").asString()).isEqualTo("PAUSED");
		assertThat(
				corrected.at("/deadlines/currentDue").isNull() || corrected.at("/deadlines/currentDue").isMissingNode())
			.isTrue();
		assertThat(notices(id))
			.anySatisfy((n) -> assertThat(n.get("text").asString()).contains("营业执照复印件不清晰").contains("缺少租赁合同第二页"));
		// the retailer reading in English gets the notice in English (the SMS went in
		// Chinese)
		JsonNode english = this.fx.get("retailer.xihu", "/api/licensing/applications/" + id + "/notices", "en");
		assertThat(english).anySatisfy((n) -> assertThat(n.get("text").asString()).contains("needs these corrections")
			.contains("营业执照复印件不清晰")
			.doesNotContain("需补正"));

		this.fx.upload("retailer.xihu", id, "OTHER");
		JsonNode resubmitted = this.fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(resubmitted.get("state").asString()).isEqualTo("SUBMITTED");
		this.fx
			.act("clerk.xihu", id, "correction-request",
					(v) -> new CorrectionRequestDto().version(v).items(List.of("再补一次")))
			.expectStatus()
			.isEqualTo(422);
	}

	@Test
	void oneExtensionOfTenWorkingDaysOnlyWithAnApproversReason() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		JsonNode accepted = this.fx.act("clerk.xihu", id, "acceptance")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		this.fx.act("clerk.xihu", id, "extension", (v) -> new ExtensionRequestDto().version(v).reason("需要实地核查"))
			.expectStatus()
			.isForbidden();
		JsonNode extended = this.fx
			.act("approver", id, "extension", (v) -> new ExtensionRequestDto().version(v).reason("需要征求规划部门意见"))
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(extended.at("/deadlines/decisionDue").asString())
			.isGreaterThan(accepted.at("/deadlines/decisionDue").asString());
		assertThat(extended.at("/deadlines/extensionReason").asString()).isEqualTo("需要征求规划部门意见");
		this.fx.act("approver", id, "extension", (v) -> new ExtensionRequestDto().version(v).reason("再延一次"))
			.expectStatus()
			.isEqualTo(422);
		assertThat(notices(id)).anySatisfy((n) -> assertThat(n.get("kind").asString()).isEqualTo("EXTENSION"));
	}

	@Test
	void theApplicantWithdrawsBeforeTheDecisionButNotAfter() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		this.fx.act("retailer.xihu", id, "withdrawal", (v) -> new VersionedRequestDto().version(v).reason("不开了"))
			.expectStatus()
			.isOk();
		this.fx.act("retailer.xihu", id, "withdrawal").expectStatus().isEqualTo(409);
	}

	List<JsonNode> notices(String id) {
		JsonNode all = this.fx.send("clerk.xihu", "GET", "/api/licensing/applications/" + id + "/notices", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		List<JsonNode> list = new java.util.ArrayList<>();
		all.forEach(list::add);
		return list;
	}

	int status(String id, DecisionRequestDto body) {
		return this.fx.send("approver", "POST", "/api/licensing/applications/" + id + "/decision", body)
			.returnResult(String.class)
			.getStatus()
			.value();
	}

}
