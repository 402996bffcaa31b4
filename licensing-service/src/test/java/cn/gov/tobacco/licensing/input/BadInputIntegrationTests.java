package cn.gov.tobacco.licensing.input;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;

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
		// raw JSON text: a NUL character is bad input no generated type would carry
		String draft = Fixtures.newDraft("330106", Fixtures.creditCode()).replace("张三", "张\\u0000三");
		problem(send("retailer.xihu", "POST", "/api/licensing/applications", draft), 400).jsonPath("$.errors[0].field")
			.isEqualTo("operatorName");
		String nested = Fixtures.newDraft("330106", Fixtures.creditCode()).replace("测试路", "测试\\u0000路");
		problem(send("retailer.xihu", "POST", "/api/licensing/applications", nested), 400).jsonPath("$.errors[0].field")
			.isEqualTo("premises.address");
	}

	@Test
	void aNulByteInASensitivePlaceNameIsAFieldError() {
		problem(send("admin", "POST", "/api/licensing/admin/sensitive-places",
				"{\"kind\":\"KINDERGARTEN\",\"name\":\"测试\\u0000幼儿园\",\"divisionCode\":\"330106\",\"latitude\":30.2,\"longitude\":120.1}"),
				400)
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
		String suspension = "{\"type\":\"SUSPENSION\",\"licenseNo\":\"330106202600001\",\"mobile\":\"13812345678\","
				+ "\"suspendFrom\":\"+999999999-01-01\",\"suspendUntil\":\"+999999999-12-31\"}";
		problem(send("retailer.xihu", "POST", "/api/licensing/applications", suspension), 400)
			.jsonPath("$.errors[0].field")
			.value((field) -> assertThat((String) field).startsWith("suspend"));
	}

	@Test
	void aTruncatedMultipartBodyIsA400() {
		String id = new Fixtures(this.http).create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()))
			.get("id")
			.asString();
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

	private WebTestClient.ResponseSpec send(String user, String method, String pathAndQuery, String json) {
		WebTestClient.RequestBodySpec request = this.http.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)));
		return (json != null) ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
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
