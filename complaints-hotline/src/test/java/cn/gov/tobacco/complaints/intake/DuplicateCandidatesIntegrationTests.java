package cn.gov.tobacco.complaints.intake;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.api.model.ReporterContactDto;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.complaints.workflow.CaseApi;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateCandidatesIntegrationTests extends IntegrationTestSupport {

	private static final ReporterContactDto REPORTER = new ReporterContactDto().name("钱十")
		.phone("13600003333")
		.idNumber("110105194912310038");

	@Autowired
	private DatabaseClient db;

	@Test
	void theCandidatesAreTheOpenCasesIntakeLinksTo() {
		String address = "文一西路" + Reports.unique() + "号 烟酒店";
		String retailer = "好运烟酒" + Reports.unique();
		FiledBody open = fileWith("330106", "SMUGGLED", address, retailer);

		JsonNode byAddress = CaseApi.json(
				candidates("agent", "330106", "SMUGGLED", address.replace(" ", ""), null, null).expectStatus().isOk());
		assertThat(byAddress.get("items").findValuesAsString("caseNumber")).containsExactly(open.caseNumber());
		assertThat(byAddress.get("total").asLong()).isEqualTo(1);
		JsonNode byRetailer = CaseApi
			.json(candidates("agent", "330106", "SMUGGLED", "别的地址 1 号", retailer, null).expectStatus().isOk());
		assertThat(byRetailer.get("items").findValuesAsString("caseNumber")).containsExactly(open.caseNumber());

		assertThat(total(candidates("agent", "330106", "COUNTERFEIT", address, retailer, null))).isZero();
		assertThat(total(candidates("agent", "330106", "SMUGGLED", "文", null, null))).isZero();
		// The same retailer name in another district is another shop.
		assertThat(total(candidates("agent", "330102", "SMUGGLED", null, retailer, null))).isZero();
		FiledBody elsewhere = fileWith("330102", "SMUGGLED", "解放路" + Reports.unique() + "号", retailer);
		assertThat(elsewhere.state()).isEqualTo("RECEIVED");

		// Intake applies the same rule: the new case with these facts is linked to the
		// open one.
		FiledBody repeat = fileWith("330106", "SMUGGLED", "另一个门牌" + Reports.unique(), retailer);
		assertThat(repeat.state()).isEqualTo("CLOSED");
		assertThat(repeat.linkedCaseNumber()).isEqualTo(open.caseNumber());
		// A linked duplicate is never a candidate itself.
		assertThat(total(candidates("agent", "330106", "SMUGGLED", null, retailer, null))).isEqualTo(1);
	}

	@Test
	void atMostLimitCandidatesDefaultFiveMaximumTwentyWithTheTrueTotal() {
		String retailer = "连锁烟店" + Reports.unique();
		for (int i = 0; i < 7; i++) {
			fileWith("330106", "UNLICENSED", "莫干山路" + Reports.unique() + "号", retailer);
		}
		// Filed before linking existed: seven open cases about the same retailer.
		this.db.sql("""
				UPDATE cases SET duplicate_of = NULL, state = 'RECEIVED', closed_at = NULL, outcome = NULL
				WHERE retailer_name = :r""").bind("r", retailer).then().block();

		JsonNode page = CaseApi
			.json(candidates("agent", "330106", "UNLICENSED", null, retailer, null).expectStatus().isOk());
		assertThat(page.get("items")).hasSize(5);
		assertThat(page.get("total").asLong()).isEqualTo(7);
		assertThat(page.get("limit").asInt()).isEqualTo(5);
		assertThat(CaseApi.json(candidates("agent", "330106", "UNLICENSED", null, retailer, 20).expectStatus().isOk())
			.get("items")).hasSize(7);
		candidates("agent", "330106", "UNLICENSED", null, retailer, 21).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json");
		candidates("agent", "330106", "UNLICENSED", null, retailer, 0).expectStatus().isBadRequest();
		candidates("agent", "33010", "UNLICENSED", null, retailer, null).expectStatus().isBadRequest();
	}

	@Test
	void staffSeeCandidatesOfTheirSubtreeOnlyAndNoReporterData() {
		String retailer = "城东烟酒" + Reports.unique();
		fileWith("330102", "COUNTERFEIT", "庆春路" + Reports.unique() + "号", retailer);

		assertThat(total(candidates("agent", "330102", "COUNTERFEIT", null, retailer, null))).isEqualTo(1);
		assertThat(total(candidates("supervisor", "330102", "COUNTERFEIT", null, retailer, null))).isEqualTo(1);
		// only the staff who triage: handlers and admins do not need the hint
		for (String user : List.of("handler.xihu", "admin", "retailer.xihu", "citizen", "clerk.xihu")) {
			candidates(user, "330102", "COUNTERFEIT", null, retailer, null).expectStatus().isForbidden();
		}
		client().get()
			.uri("/api/complaints/duplicate-candidates?divisionCode=330102&category=COUNTERFEIT")
			.exchange()
			.expectStatus()
			.isUnauthorized();

		String xihuRetailer = "西溪烟酒" + Reports.unique();
		fileWith("330106", "COUNTERFEIT", "天目山路" + Reports.unique() + "号", xihuRetailer);
		String body = candidates("supervisor", "330106", "COUNTERFEIT", null, xihuRetailer, null).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("\"total\":1")
			.doesNotContain("钱")
			.doesNotContain("13600003333")
			.doesNotContain("110105194912310038")
			.contains("\"reporterMasked\":\"\"");
	}

	private FiledBody fileWith(String division, String category, String address, String retailer) {
		NewReportDto json = Reports
			.report(CaseKindDto.REPORT, category, division, address, "该店柜台下有整箱外烟出售，价格远低于市场价，疑似违法经营。", REPORTER)
			.retailerName(retailer);
		return file(json, null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
	}

	private long total(WebTestClient.ResponseSpec spec) {
		return CaseApi.json(spec.expectStatus().isOk()).get("total").asLong();
	}

	private WebTestClient.ResponseSpec candidates(String user, String division, String category, String address,
			String retailer, Integer limit) {
		return client().get().uri((uri) -> {
			uri.path("/api/complaints/duplicate-candidates")
				.queryParam("divisionCode", division)
				.queryParam("category", category);
			if (address != null) {
				uri.queryParam("address", address);
			}
			if (retailer != null) {
				uri.queryParam("retailerName", retailer);
			}
			if (limit != null) {
				uri.queryParam("limit", limit);
			}
			return uri.build();
		}).headers((h) -> h.setBearerAuth(tokenOf(user))).exchange();
	}

}
