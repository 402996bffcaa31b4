package cn.gov.tobacco.complaints.categories;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;

class CategoriesIntegrationTests extends IntegrationTestSupport {

	@Test
	void anyoneReadsTheTreeAndOnlyAnAdminEditsIt() {
		client().get()
			.uri("/api/complaints/categories")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code == 'SALES_TO_MINORS')].urgent")
			.isEqualTo(true);

		String code = "TEST_" + Reports.unique().toUpperCase().replaceAll("[^A-Z0-9]", "X");
		String body = "{\"parentCode\":\"ILLEGAL_SALES\",\"nameZh\":\"向孕妇售烟\",\"nameEn\":\"Sales to pregnant women\",\"urgent\":true,\"active\":true}";
		put(code, body, "supervisor").expectStatus().isForbidden();
		put(code, body, "admin").expectStatus().isOk().expectBody().jsonPath("$.urgent").isEqualTo(true);

		String report = Reports.json("REPORT", code, "330106", "测试路" + Reports.unique(), "该店多次向孕妇出售香烟，今天下午仍有发生。", null);
		file(report, null, null, Map.of()).expectStatus().isCreated();

		put(code, body.replace("ILLEGAL_SALES", "NOPE"), "admin").expectStatus().isEqualTo(422);
		put(code, body.replace("\"active\":true", "\"active\":false"), "admin").expectStatus().isOk();
		file(report, null, null, Map.of()).expectStatus().isBadRequest();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec put(String code, String body,
			String user) {
		return client().put()
			.uri("/api/complaints/categories/{code}", code)
			.headers((h) -> h.setBearerAuth(tokenOf(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
