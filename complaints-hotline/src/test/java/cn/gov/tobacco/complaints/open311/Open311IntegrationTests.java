package cn.gov.tobacco.complaints.open311;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.testing.OidcLogin;

import static org.assertj.core.api.Assertions.assertThat;

class Open311IntegrationTests extends IntegrationTestSupport {

	@Test
	void servicesAndRequestsShowStatusWithoutReporterData() {
		FiledBody filed = file(Reports.salesToMinors("330106"), null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		FiledBody refused = file(Reports.counterfeit("110105"), null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		String token = tokenOf("supervisor");

		client().get()
			.uri("/api/complaints/open311/v2/services.json")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.service_code == 'SALES_TO_MINORS')].keywords")
			.isEqualTo("urgent");

		String one = client().get()
			.uri("/api/complaints/open311/v2/requests/{id}.json", filed.caseNumber())
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(one).contains("\"status\":\"open\"", "\"status_notes\":\"RECEIVED\"", filed.caseNumber())
			.doesNotContain("张三丰", "13812345678", "138****", "出售香烟");

		// 110105 (Beijing) lies outside the supervisor's subtree: not visible there.
		client().get()
			.uri("/api/complaints/open311/v2/requests/{id}.json", refused.caseNumber())
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isNotFound();

		client().get()
			.uri("/api/complaints/open311/v2/requests.json?status=open&limit=1")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists("X-Total-Count")
			.expectHeader()
			.exists("X-Next-Cursor")
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);

		client().get()
			.uri("/api/complaints/open311/v2/requests.json")
			.headers((h) -> h.setBearerAuth(tokenOf("handler.xihu")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void aStatusOtherThanOpenOrClosedIsABadRequest() {
		client().get()
			.uri("/api/complaints/open311/v2/requests.json?status=maybe")
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation");
	}

	@Test
	void anotherGovernmentSystemReadsTheWholeProvinceWithAServiceToken() {
		FiledBody filed = file(Reports.salesToMinors("330102"), null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		String service = OidcLogin.forIssuer()
			.clientCredentials("licensing-service",
					System.getenv().getOrDefault("LICENSING_CLIENT_SECRET", "licensing-local-secret"));

		String one = client().get()
			.uri("/api/complaints/open311/v2/requests/{id}.json", filed.caseNumber())
			.headers((h) -> h.setBearerAuth(service))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(one).contains("\"status\":\"open\"", filed.caseNumber())
			.doesNotContain("张三丰", "13812345678", "138****", "出售香烟");

		// A service token reads Open311 only: the staff case API stays closed to it.
		client().get()
			.uri("/api/complaints/cases")
			.headers((h) -> h.setBearerAuth(service))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

}
