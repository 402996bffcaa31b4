package cn.gov.tobacco.licensing.credit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class TimelyRenewalIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void anApprovedRenewalWritesATimelyRenewalRecord() {
		Fixtures fx = new Fixtures(this.http);
		String licenseNo = fx.approvedNew("retailer.xihu");
		String id = fx.create("retailer.xihu", Fixtures.tied(ApplicationTypeDto.RENEWAL, licenseNo))
			.get("id")
			.asString();
		fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD");
		fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		fx.approve("approver", id, "依法延续").expectStatus().isOk();

		JsonNode profile = fx.send("retailer.xihu", "GET", "/api/licensing/credit/profile", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		JsonNode found = null;
		for (JsonNode r : profile.get("records")) {
			if (("renewal:" + id).equals(r.path("source").asString(""))) {
				found = r;
			}
		}
		assertThat(found).isNotNull();
		assertThat(found.get("kind").asString()).isEqualTo("TIMELY_RENEWAL");
		assertThat(found.get("reason").asString()).contains(licenseNo);
	}

}
