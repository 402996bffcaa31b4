package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.CreditEventDto;
import cn.gov.tobacco.licensing.api.model.ECigarettePlanDto;
import cn.gov.tobacco.licensing.api.model.PremisesKindDto;
import cn.gov.tobacco.licensing.api.model.ScopeItemDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A substantiated 12313 report of e-cigarettes sold to minors is a BREACH for an
 * e-cigarette licensee, and stays a substantiated report for a cigarette-only one.
 */
@LicensingIntegrationTest
class ECigaretteCreditIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void eCigarettesSoldToMinorsAreABreachOnlyForAnECigaretteLicensee() {
		Fixtures fx = new Fixtures(this.http);
		fx.send("admin", "PUT", "/api/licensing/admin/jurisdictions/330106/e-cigarette-plan",
				new ECigarettePlanDto("西湖区电子烟零售点布局规划", 100).addNeverLicensedKindsItem(PremisesKindDto.SELF_SERVICE))
			.expectStatus()
			.isOk();
		String eCigarette = approvedECigarette(fx);
		String cigarette = fx.approvedNew("retailer.xihu");

		assertThat(report(fx, eCigarette, "E_CIGARETTE_TO_MINORS").get("kind").asString()).isEqualTo("BREACH");
		assertThat(report(fx, cigarette, "E_CIGARETTE_TO_MINORS").get("kind").asString())
			.isEqualTo("SUBSTANTIATED_REPORT");
		assertThat(report(fx, eCigarette, "COUNTERFEIT").get("kind").asString()).isEqualTo("SUBSTANTIATED_REPORT");
	}

	private static JsonNode report(Fixtures fx, String licenseNo, String category) {
		return fx
			.creditEvent(new CreditEventDto().eventId(UUID.randomUUID().toString())
				.kind(CreditEventDto.KindEnum.SUBSTANTIATED_REPORT)
				.licenseNo(licenseNo)
				.reason("12313 举报查证属实")
				.category(category)
				.occurredOn(LocalDate.now()))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static String approvedECigarette(Fixtures fx) {
		ApplicationDraftDto draft = Fixtures.draft("330106", Fixtures.creditCode())
			.addItemsItem(ScopeItemDto.CIGARETTE)
			.addItemsItem(ScopeItemDto.E_CIGARETTE);
		String id = fx.create("retailer.xihu", draft).get("id").asString();
		fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		fx.approve("approver", id, "符合条件").expectStatus().isOk();
		return fx.read("retailer.xihu", id).get("licenseNo").asString();
	}

}
