package cn.gov.tobacco.licensing.input;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceKindDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 point 9: input that used to reach PostgreSQL (a 500) is refused at the edge
 * with a 400 problem naming the field.
 */
@LicensingIntegrationTest
class BadInputIntegrationTests {

	@Autowired
	WebTestClient http;

	@LocalServerPort
	int port;

	@Test
	void aNulByteInAnApplicationFieldIsAFieldErrorNotA500() {
		ApplicationDraftDto draft = Fixtures.draft("330106", Fixtures.creditCode()).operatorName("张\u0000三");
		problem(send("retailer.xihu", "POST", "/api/licensing/applications", draft), 400).jsonPath("$.errors[0].field")
			.isEqualTo("operatorName");
		ApplicationDraftDto nested = Fixtures.draft("330106", Fixtures.creditCode());
		nested.getPremises().address("杭州市测试\u0000路 1 号");
		problem(send("retailer.xihu", "POST", "/api/licensing/applications", nested), 400).jsonPath("$.errors[0].field")
			.isEqualTo("premises.address");
	}

	@Test
	void aNulByteInASensitivePlaceNameIsAFieldError() {
		problem(send("admin", "POST", "/api/licensing/admin/sensitive-places",
				new SensitivePlaceDto(SensitivePlaceKindDto.KINDERGARTEN, "测试\u0000幼儿园", "330106", 30.2, 120.1)), 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
	}

	@Test
	void aNulByteInAQueryParameterIsAFieldErrorNamingTheParameter() {
		problem(send("admin", "GET", "/api/licensing/admin/barred-applicants?idNumber=%00", null), 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("idNumber");
		problem(send("clerk.xihu", "GET", "/api/licensing/queue?q=a%00", null), 400).jsonPath("$.errors[0].field")
			.isEqualTo("q");
	}

	@Test
	void aNulByteInTheDocumentTypeFormFieldIsAFieldError() {
		String id = new Fixtures(this.http).create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()))
			.get("id")
			.asString();
		// raw: a multipart body written by hand, the NUL byte inside the form field's
		// text
		String body = "--b\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\nID_\u0000CARD\r\n"
				+ "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--b--\r\n";
		problem(this.http.post()
			.uri("/api/licensing/applications/{id}/documents", id)
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=b"))
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange(), 400).jsonPath("$.errors[0].field").isEqualTo("documentType");
	}

	@Test
	void datesOutOfAnySensibleRangeAreAFieldError() {
		problem(send("clerk.xihu", "GET", "/api/licensing/queue?submittedFrom=-999999999-01-01", null), 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("submittedFrom");
		ApplicationDraftDto suspension = Fixtures.suspension("330106202600001", LocalDate.of(999_999_999, 1, 1),
				LocalDate.MAX);
		problem(send("retailer.xihu", "POST", "/api/licensing/applications", suspension), 400)
			.jsonPath("$.errors[0].field")
			.value((field) -> assertThat((String) field).startsWith("suspend"));
	}

	@Test
	void aTruncatedMultipartBodyIsA400() {
		String id = new Fixtures(this.http).create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()))
			.get("id")
			.asString();
		// raw: a truncated multipart body, which only hand-written text can be
		String body = "--b\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\nID_CARD\r\n"
				+ "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 half a";
		problem(this.http.post()
			.uri("/api/licensing/applications/{id}/documents", id)
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=b"))
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange(), 400).jsonPath("$.type")
			.value((type) -> assertThat((String) type).endsWith("/problems/malformed-request"));
	}

	private WebTestClient.ResponseSpec send(String user, String method, String pathAndQuery, Object body) {
		WebTestClient.RequestBodySpec request = this.http.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)));
		return (body != null) ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
				: request.exchange();
	}

	private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
	}

}
