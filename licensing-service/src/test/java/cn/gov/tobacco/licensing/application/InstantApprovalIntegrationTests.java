package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.AttachmentRequestDto;
import cn.gov.tobacco.licensing.api.model.ChangeSubjectDto;
import cn.gov.tobacco.licensing.api.model.InstantApprovalKindDto;
import cn.gov.tobacco.licensing.api.model.InstantApprovalSettingsDto;
import cn.gov.tobacco.licensing.api.model.InstantDecisionRevocationDto;
import cn.gov.tobacco.licensing.api.model.JurisdictionSettingsDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 秒批 against the real database and issuer: a qualifying RENEWAL of an A-grade retailer
 * with reused verified documents is approved on submission by the rule, the license
 * renewed at once, the decision listed for review and revocable by an APPROVER within the
 * window (which restores the license); a filing that misses a condition goes to the
 * clerks. The district 上城区 (330102, {@code retailer.shangcheng},
 * {@code clerk.shangcheng}) has the rule on only while these tests run.
 */
@LicensingIntegrationTest
class InstantApprovalIntegrationTests {

	private static final String DISTRICT = "330102";

	/** A retailer no other test gives credit records to: credit grade A. */
	private static final String RETAILER = "retailer.hubin";

	@Autowired
	WebTestClient http;

	private Fixtures fx;

	@BeforeEach
	void instantApprovalOn() {
		this.fx = new Fixtures(this.http);
		setKinds(InstantApprovalKindDto.RENEWAL, InstantApprovalKindDto.CHANGE_BUSINESS_NAME);
	}

	@AfterEach
	void instantApprovalOff() {
		setKinds();
	}

	@Test
	void aQualifyingRenewalIsApprovedOnSubmissionAndAnApproverMayRevokeIt() {
		assertThat(grade()).as("the retailer's credit grade before the test").isEqualTo("A");
		String licenseNo = approvedNew();
		JsonNode before = license(licenseNo);
		String id = renewalWithReusedDocuments(licenseNo);

		JsonNode submitted = this.fx.act(RETAILER, id, "submission")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(submitted.get("state").asString()).isEqualTo("APPROVED");
		JsonNode decision = submitted.get("instantDecision");
		assertThat(decision.get("rule").asString()).isEqualTo("RULE:instant-approval@1");
		assertThat(decision.get("reasons").toString()).contains("信用等级 A").contains("自动审查全部通过");
		LocalDate reviewUntil = LocalDate.parse(decision.get("reviewUntil").asString());
		assertThat(reviewUntil).isAfter(LocalDate.now().minusDays(1));
		JsonNode renewed = license(licenseNo);
		assertThat(renewed.get("validUntil").asString()).isNotEqualTo(before.get("validUntil").asString());

		// the audit chain names the rule and what it found
		JsonNode audit = this.fx.send("approver", "GET", "/api/licensing/applications/" + id + "/audit", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		JsonNode instant = find(audit, "INSTANTLY_APPROVED");
		assertThat(instant).isNotNull();
		assertThat(instant.toString()).contains("RULE:instant-approval@1").contains("reasons");

		// listed for review, the window ending first on top
		assertThat(reviewQueue("approver")).contains(id);
		assertThat(reviewQueue("clerk.xihu")).doesNotContain(id);

		// a clerk may not revoke it
		this.fx
			.act("clerk.shangcheng", id, "instant-decision/revocation",
					(v) -> new InstantDecisionRevocationDto().version(v).reason("复核"))
			.expectStatus()
			.isForbidden();

		JsonNode revoked = this.fx
			.act("approver", id, "instant-decision/revocation",
					(v) -> new InstantDecisionRevocationDto().version(v).reason("经营场所待核实"))
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(revoked.get("state").asString()).isEqualTo("UNDER_REVIEW");
		assertThat(revoked.get("instantDecision").get("revokedReason").asString()).isEqualTo("经营场所待核实");
		assertThat(revoked.get("deadlines").get("decisionDue").asString()).isNotBlank();
		assertThat(license(licenseNo).get("validUntil").asString()).isEqualTo(before.get("validUntil").asString());
		assertThat(reviewQueue("approver")).doesNotContain(id);
		assertThat(notices(id)).contains("INSTANT_DECISION_REVOKED");

		// revoked once: not again
		this.fx
			.act("approver", id, "instant-decision/revocation",
					(v) -> new InstantDecisionRevocationDto().version(v).reason("再次"))
			.expectStatus()
			.isEqualTo(409);

		// a person now decides, and the renewal then takes effect
		this.fx.approve("approver", id, "复核后准予延续").expectStatus().isOk();
		assertThat(license(licenseNo).get("validUntil").asString()).isEqualTo(renewed.get("validUntil").asString());
	}

	@Test
	void aRenewalWithADocumentNobodyVerifiedGoesToTheClerks() {
		String licenseNo = approvedNew();
		String id = this.fx.create(RETAILER, Fixtures.tied(ApplicationTypeDto.RENEWAL, licenseNo)).get("id").asString();
		this.fx.upload(RETAILER, id, "BUSINESS_LICENSE", "ID_CARD");

		JsonNode submitted = this.fx.act(RETAILER, id, "submission")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.has("instantDecision")).isFalse();
	}

	@Test
	void aKindTheDistrictDidNotTurnOnGoesToTheClerks() {
		String licenseNo = approvedNew();
		String id = this.fx
			.create(RETAILER,
					Fixtures.tied(ApplicationTypeDto.CHANGE, licenseNo)
						.changeSubject(ChangeSubjectDto.SCOPE)
						.businessScope("卷烟零售"))
			.get("id")
			.asString();

		JsonNode submitted = this.fx.act(RETAILER, id, "submission")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void theSettingsKeepTheRuleWhenAPutLeavesItOut() {
		JsonNode after = putSettings(null);
		assertThat(after.get("instantApproval").get("kinds").toString()).contains("RENEWAL")
			.contains("CHANGE_BUSINESS_NAME");
		assertThat(after.get("instantApproval").get("reviewDays").asInt()).isEqualTo(5);
	}

	private void setKinds(InstantApprovalKindDto... kinds) {
		putSettings(new InstantApprovalSettingsDto(new java.util.LinkedHashSet<>(List.of(kinds))).reviewDays(5));
	}

	/**
	 * PUTs the district's settings as they are, with this instant approval rule
	 * ({@code null}: left out).
	 */
	private JsonNode putSettings(InstantApprovalSettingsDto instantApproval) {
		String uri = "/api/licensing/admin/jurisdictions/" + DISTRICT + "/settings";
		JsonNode settings = this.fx.send("admin", "GET", uri, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		JurisdictionSettingsDto body = new JurisdictionSettingsDto(settings.get("name").asString(),
				settings.get("promiseDays").asInt(), settings.get("schoolDistanceMetres").asInt(),
				settings.get("outletSpacingMetres").asInt())
			.instantApproval(instantApproval);
		return this.fx.send("admin", "PUT", uri, body)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/** A NEW license of the retailer in 上城区, its documents verified on acceptance. */
	private String approvedNew() {
		String id = this.fx.submittedNew(RETAILER, DISTRICT).get("id").asString();
		this.fx.act("clerk.shangcheng", id, "acceptance").expectStatus().isOk();
		this.fx.act("clerk.shangcheng", id, "review").expectStatus().isOk();
		this.fx.approve("approver", id, "符合条件").expectStatus().isOk();
		return this.fx.read(RETAILER, id).get("licenseNo").asString();
	}

	/**
	 * A RENEWAL with the retailer's verified business license and ID card reused (材料复用).
	 */
	private String renewalWithReusedDocuments(String licenseNo) {
		String id = this.fx.create(RETAILER, Fixtures.tied(ApplicationTypeDto.RENEWAL, licenseNo)).get("id").asString();
		JsonNode reusable = this.fx.send(RETAILER, "GET", "/api/licensing/documents", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		for (String type : List.of("BUSINESS_LICENSE", "ID_CARD")) {
			String documentId = null;
			for (JsonNode d : reusable) {
				if (type.equals(d.get("documentType").asString())) {
					documentId = d.get("id").asString();
					break;
				}
			}
			assertThat(documentId).as("a verified " + type + " to reuse").isNotNull();
			this.fx
				.send(RETAILER, "POST", "/api/licensing/applications/" + id + "/attachments",
						new AttachmentRequestDto(java.util.UUID.fromString(documentId)))
				.expectStatus()
				.is2xxSuccessful();
		}
		return id;
	}

	private String grade() {
		return this.fx.send(RETAILER, "GET", "/api/licensing/credit/profile", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("grade")
			.asString();
	}

	private JsonNode license(String licenseNo) {
		return this.fx.send(RETAILER, "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private List<String> reviewQueue(String user) {
		JsonNode page = this.fx.send(user, "GET", "/api/licensing/queue?instantReview=true&limit=100", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		List<String> ids = new ArrayList<>();
		for (JsonNode item : page.get("items")) {
			ids.add(item.get("id").asString());
			assertThat(item.get("reviewUntil").asString()).isNotBlank();
		}
		return ids;
	}

	private String notices(String id) {
		return this.fx.send(RETAILER, "GET", "/api/licensing/applications/" + id + "/notices", null)
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static JsonNode find(JsonNode audit, String action) {
		for (JsonNode entry : audit) {
			if (action.equals(entry.path("action").asString(""))) {
				return entry;
			}
		}
		return null;
	}

}
