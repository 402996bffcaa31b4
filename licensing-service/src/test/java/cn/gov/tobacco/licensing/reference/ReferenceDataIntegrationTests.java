package cn.gov.tobacco.licensing.reference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.ApplicationUpdateDto;
import cn.gov.tobacco.licensing.api.model.BundleRequestDto;
import cn.gov.tobacco.licensing.api.model.CorrectionRequestDto;
import cn.gov.tobacco.licensing.api.model.JurisdictionSettingsDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class ReferenceDataIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void settingsAreReadInsideTheCallersSubtreeOnly() {
		Fixtures fx = new Fixtures(this.http);
		fx.send("clerk.xihu", "GET", "/api/licensing/admin/jurisdictions/330106/settings", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("330106")
			.jsonPath("$.schoolDistanceMetres")
			.isEqualTo(100);
		fx.send("clerk.xihu", "GET", "/api/licensing/admin/jurisdictions/330102/settings", null)
			.expectStatus()
			.isNotFound();
	}

	@Test
	void onlyAnAdminChangesSettingsAndThePromiseDrivesThePromisedDueDate() {
		Fixtures fx = new Fixtures(this.http);
		fx.send("clerk.xihu", "PUT", "/api/licensing/admin/jurisdictions/330106/settings",
				new JurisdictionSettingsDto("西湖区", 3, 100, 50))
			.expectStatus()
			.isForbidden();
		fx.send("admin", "PUT", "/api/licensing/admin/jurisdictions/330106/settings",
				new JurisdictionSettingsDto("西湖区", 5, 100, 50))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.promiseDays")
			.isEqualTo(5);
		fx.send("admin", "PUT", "/api/licensing/admin/jurisdictions/330106/settings",
				new JurisdictionSettingsDto("西湖区", 99, 100, 50))
			.expectStatus()
			.isBadRequest();
		JsonNode submitted = fx.submittedNew("retailer.xihu", "330106");
		assertThat(submitted.at("/deadlines/promiseDue").asString())
			.isEqualTo(submitted.at("/deadlines/acceptanceDue").asString());
	}

	@Test
	void theRetailerSeesTheirLicensesAndChangesDetailsOnlyWhileHoldingTheApplication() {
		Fixtures fx = new Fixtures(this.http);
		String licenseNo = fx.approvedNew("retailer.xihu");
		fx.send("retailer.xihu", "GET", "/api/licensing/licenses", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.number == '" + licenseNo + "')].status")
			.isEqualTo(java.util.List.of("ACTIVE"));
		fx.send("retailer.shangcheng", "GET", "/api/licensing/licenses", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.number == '" + licenseNo + "')]")
			.doesNotExist();

		String id = fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		fx.send("retailer.xihu", "PUT", "/api/licensing/applications/" + id + "/details",
				new ApplicationUpdateDto(ApplicationTypeDto.NEW, fx.read("retailer.xihu", id).get("version").asLong())
					.businessName("改名便利店")
					.mobile("13812345678"))
			.expectStatus()
			.isEqualTo(409);
		fx.act("clerk.xihu", id, "correction-request",
				(v) -> new CorrectionRequestDto().version(v).items(java.util.List.of("字号名称与营业执照不一致")))
			.expectStatus()
			.isOk();
		JsonNode full = fx.read("retailer.xihu", id);
		ApplicationUpdateDto changed = new ApplicationUpdateDto(ApplicationTypeDto.NEW, full.get("version").asLong())
			.businessName("改名便利店")
			.creditCode(full.get("creditCode").asString())
			.operatorName("张三")
			.operatorIdNumber(full.get("operatorIdNumber").asString())
			.mobile("13812345678")
			.businessScope("卷烟零售")
			.premises(new PremisesDto().address("杭州市测试路 1 号")
				.divisionCode("330106")
				.latitude(full.at("/premises/latitude").asDouble())
				.longitude(full.at("/premises/longitude").asDouble()));
		fx.send("retailer.xihu", "PUT", "/api/licensing/applications/" + id + "/details", changed)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.businessName")
			.isEqualTo("改名便利店");
		fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
	}

	@Test
	void aRepeatedBundleCreatesNothingNew() {
		Fixtures fx = new Fixtures(this.http);
		BundleRequestDto body = new BundleRequestDto().addItemsItem(Fixtures.draft("330106", Fixtures.creditCode()));
		String key = "bundle-" + java.util.UUID.randomUUID();
		String first = this.http.post().uri("/api/licensing/bundles").headers((h) -> {
			h.setBearerAuth(cn.gov.tobacco.licensing.DemoUsers.token("retailer.xihu"));
			h.set("Idempotency-Key", key);
		})
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		this.http.post().uri("/api/licensing/bundles").headers((h) -> {
			h.setBearerAuth(cn.gov.tobacco.licensing.DemoUsers.token("retailer.xihu"));
			h.set("Idempotency-Key", key);
		})
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "true")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(first);
		fx.send("retailer.xihu", "GET", "/api/licensing/bundles/" + first, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1);
	}

}
