package cn.gov.tobacco.complaints.input;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.CategoryChangeDto;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.intake.Reports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 point 9: input that used to reach PostgreSQL (a 500) is refused at the edge
 * with a 400 problem naming the field.
 */
class BadInputIntegrationTests extends IntegrationTestSupport {

	@LocalServerPort
	private int port;

	@Test
	void aNulByteInTheReportDescriptionIsAFieldErrorNotA500() {
		NewReportDto report = Reports.report(CaseKindDto.REPORT, "COUNTERFEIT", "330106", "测试路" + Reports.unique(),
				"假烟\u0000描述", null);
		problem(file(report, null, null, Map.of()), 400).jsonPath("$.errors[0].field").isEqualTo("description");
	}

	@Test
	void otherControlCharactersAreRefusedButLineBreaksAndTabsAreFreeText() {
		NewReportDto bell = Reports.report(CaseKindDto.REPORT, "COUNTERFEIT", "330106", "测试路" + Reports.unique(),
				"假烟\u0007描述", null);
		problem(file(bell, null, null, Map.of()), 400).jsonPath("$.errors[0].field").isEqualTo("description");
		NewReportDto lines = Reports.report(CaseKindDto.REPORT, "COUNTERFEIT", "330106", "测试路" + Reports.unique(),
				"该店销售假烟。\n第二行\t有制表符，价格明显低于市场价。", null);
		file(lines, null, null, Map.of()).expectStatus().isCreated();
	}

	@Test
	void aNulByteInANestedFieldIsNamedByItsPath() {
		NewReportDto report = Reports.report(CaseKindDto.REPORT, "COUNTERFEIT", "330106",
				"测试路\u0000" + Reports.unique(), "该店柜台内销售的中华香烟包装印刷模糊，疑似假冒。", null);
		problem(file(report, null, null, Map.of()), 400).jsonPath("$.errors[0].field").isEqualTo("address.detail");
	}

	@Test
	void aNulByteInACategoryNameIsAFieldError() {
		String code = "TEST_" + Reports.unique().toUpperCase().replaceAll("[^A-Z0-9]", "X");
		problem(client().put()
			.uri("/api/complaints/categories/{code}", code)
			.headers((h) -> h.setBearerAuth(tokenOf("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new CategoryChangeDto("向孕妇\u0000售烟", "x", true, true).parentCode("ILLEGAL_SALES"))
			.exchange(), 400).jsonPath("$.errors[0].field").isEqualTo("nameZh");
	}

	@Test
	void aNulByteInAQueryParameterIsAFieldErrorNamingTheParameter() {
		problem(get("handler.xihu", "/api/complaints/queue?q=%00"), 400).jsonPath("$.errors[0].field").isEqualTo("q");
		problem(get("agent",
				"/api/complaints/duplicate-candidates?divisionCode=330106&category=COUNTERFEIT&address=a%00b"), 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("address");
	}

	@Test
	void aNulByteInThePathIsRefused() {
		problem(get("citizen", "/api/complaints/public/reports/ab%00cd"), 400).jsonPath("$.errors[0].field")
			.isEqualTo("path");
	}

	@Test
	void datesOutOfAnySensibleRangeAreAFieldError() {
		problem(get("supervisor", "/api/complaints/statistics?from=-999999999-01-01&to=%2B999999999-12-31"), 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
		problem(get("supervisor", "/api/complaints/statistics?from=2026-01-01&to=%2B999999999-12-31"), 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
	}

	@Test
	void aTruncatedMultipartBodyIsA400() {
		// raw: a malformed multipart body is written by hand (its report part is the
		// generated type as JSON text)
		String report = Reports.text(Reports.counterfeit("330106"));
		String body = "--cut\r\nContent-Disposition: form-data; name=\"report\"\r\nContent-Type: application/json\r\n\r\n"
				+ report + "\r\n--cut\r\nContent-Disposition: form-data; name=\"photo\"; "
				+ "filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nhalf a photo";
		problem(client().post()
			.uri("/api/complaints/public/reports")
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=cut"))
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange(), 400).jsonPath("$.type")
			.value((type) -> assertThat((String) type).endsWith("/problems/malformed-request"));
	}

	private WebTestClient.ResponseSpec get(String user, String pathAndQuery) {
		return client().get()
			.uri(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.headers((h) -> h.setBearerAuth(tokenOf(user)))
			.exchange();
	}

	private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
	}

}
