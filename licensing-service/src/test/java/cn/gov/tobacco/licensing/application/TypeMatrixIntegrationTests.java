package cn.gov.tobacco.licensing.application;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.AttachmentRequestDto;
import cn.gov.tobacco.licensing.api.model.ChangeSubjectDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.licensing.api.model.VersionedRequestDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-type matrix for the types tied to a license (the NEW one is in
 * {@link LifecycleIntegrationTests}): each submission without what its type needs is a
 * 422 naming every missing field and document.
 */
@LicensingIntegrationTest
class TypeMatrixIntegrationTests {

	@Autowired
	WebTestClient http;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
	}

	@Test
	void eachTypeTiedToALicenseNamesWhatItStillNeeds() {
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		assertMissing(change(licenseNo, ChangeSubjectDto.PREMISES), "premises.address", "premises.divisionCode",
				"premises.latitude", "premises.longitude", "document:PREMISES_PHOTO", "document:PREMISES_PROOF");
		assertMissing(change(licenseNo, ChangeSubjectDto.OPERATOR), "operatorName", "operatorIdNumber",
				"document:ID_CARD");
		assertMissing(change(licenseNo, ChangeSubjectDto.BUSINESS_NAME), "businessName", "document:BUSINESS_LICENSE");
		assertMissing(change(licenseNo, ChangeSubjectDto.SCOPE), "businessScope");
		assertMissing(Fixtures.tied(ApplicationTypeDto.CHANGE, licenseNo), "changeSubject");
		assertMissing(Fixtures.tied(ApplicationTypeDto.RENEWAL, licenseNo), "document:BUSINESS_LICENSE",
				"document:ID_CARD");
		assertMissing(Fixtures.tied(ApplicationTypeDto.SUSPENSION, licenseNo), "suspendFrom", "suspendUntil",
				"document:ID_CARD");
		assertMissing(Fixtures.tied(ApplicationTypeDto.RESUMPTION, licenseNo), "document:ID_CARD");
		assertMissing(Fixtures.tied(ApplicationTypeDto.CLOSURE, licenseNo), "document:ID_CARD");
	}

	@Test
	void anUnknownAdministrativeDivisionIsAFieldError() {
		this.fx
			.send("retailer.xihu", "POST", "/api/licensing/applications",
					new ApplicationDraftDto(ApplicationTypeDto.NEW).premises(new PremisesDto().divisionCode("990106")))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("premises.divisionCode");
	}

	@Test
	void onlyVerifiedDocumentsAreOfferedForReuse() {
		String first = this.fx.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()))
			.get("id")
			.asString();
		this.fx.upload("retailer.xihu", first, "ID_CARD");
		String unverified = this.fx
			.send("retailer.xihu", "GET", "/api/licensing/applications/" + first + "/documents", null)
			.expectStatus()
			.isOk()
			.expectBody(tools.jackson.databind.JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get(0)
			.get("id")
			.asString();
		String second = this.fx.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()))
			.get("id")
			.asString();
		this.fx
			.send("retailer.xihu", "POST", "/api/licensing/applications/" + second + "/attachments",
					new AttachmentRequestDto(java.util.UUID.fromString(unverified)))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/business-rule");
	}

	private static ApplicationDraftDto change(String licenseNo, ChangeSubjectDto subject) {
		return Fixtures.tied(ApplicationTypeDto.CHANGE, licenseNo).changeSubject(subject);
	}

	/**
	 * Creates the draft (tied to a license, with a mobile) and expects these missing at
	 * submission.
	 */
	private void assertMissing(ApplicationDraftDto draft, String... expected) {
		String id = this.fx.create("retailer.xihu", draft).get("id").asString();
		this.fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.missing")
			.value((List<String> missing) -> assertThat(missing).as(draft::toString)
				.containsExactlyInAnyOrder(expected));
		this.fx.act("retailer.xihu", id, "withdrawal", (v) -> new VersionedRequestDto().version(v).reason("测试"))
			.expectStatus()
			.isOk();
	}

}
