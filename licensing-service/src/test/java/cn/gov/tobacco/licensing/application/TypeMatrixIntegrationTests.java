package cn.gov.tobacco.licensing.application;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
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
		assertMissing(licenseNo, "{\"type\":\"CHANGE\",\"changeSubject\":\"PREMISES\"}", "premises.address",
				"premises.divisionCode", "premises.latitude", "premises.longitude", "document:PREMISES_PHOTO",
				"document:PREMISES_PROOF");
		assertMissing(licenseNo, "{\"type\":\"CHANGE\",\"changeSubject\":\"OPERATOR\"}", "operatorName",
				"operatorIdNumber", "document:ID_CARD");
		assertMissing(licenseNo, "{\"type\":\"CHANGE\",\"changeSubject\":\"BUSINESS_NAME\"}", "businessName",
				"document:BUSINESS_LICENSE");
		assertMissing(licenseNo, "{\"type\":\"CHANGE\",\"changeSubject\":\"SCOPE\"}", "businessScope");
		assertMissing(licenseNo, "{\"type\":\"CHANGE\"}", "changeSubject");
		assertMissing(licenseNo, "{\"type\":\"RENEWAL\"}", "document:BUSINESS_LICENSE", "document:ID_CARD");
		assertMissing(licenseNo, "{\"type\":\"SUSPENSION\"}", "suspendFrom", "suspendUntil", "document:ID_CARD");
		assertMissing(licenseNo, "{\"type\":\"RESUMPTION\"}", "document:ID_CARD");
		assertMissing(licenseNo, "{\"type\":\"CLOSURE\"}", "document:ID_CARD");
	}

	@Test
	void anUnknownAdministrativeDivisionIsAFieldError() {
		this.fx
			.send("retailer.xihu", "POST", "/api/licensing/applications",
					"{\"type\":\"NEW\",\"premises\":{\"divisionCode\":\"990106\"}}")
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
					"{\"documentId\":\"" + unverified + "\"}")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/business-rule");
	}

	private void assertMissing(String licenseNo, String draft, String... expected) {
		String json = draft.substring(0, draft.length() - 1) + ",\"licenseNo\":\"" + licenseNo
				+ "\",\"mobile\":\"13812345678\"}";
		String id = this.fx.create("retailer.xihu", json).get("id").asString();
		this.fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.missing")
			.value((List<String> missing) -> assertThat(missing).as(draft).containsExactlyInAnyOrder(expected));
		this.fx.act("retailer.xihu", id, "withdrawal", (v) -> new VersionedRequestDto().version(v).reason("测试"))
			.expectStatus()
			.isOk();
	}

}
