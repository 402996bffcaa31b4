package cn.gov.tobacco.gateway.endtoend;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.tobacco.testing.GatewayResponse;
import cn.gov.tobacco.testing.GatewaySession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the gateway of the running platform ({@code scripts/up.sh};
 * {@code GATEWAY_URL}), as a browser would: session cookie, CSRF token, the real issuer,
 * both services, the S3 server and PostgreSQL. Run by {@code scripts/test.sh} with the
 * {@code end-to-end} profile.
 */
class PlatformEndToEndTests {

	static final String PASSWORD = System.getProperty("demo.password", "Demo@2026");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void retailerAppliesUploadsAPdfAndDownloadsItByteIdenticalWhileAnotherRetailerSeesNothing() {
		GatewaySession xihu = GatewaySession.signIn("retailer.xihu", PASSWORD);
		JsonNode me = json(xihu.get("/api/me"), 200);
		assertThat(me.get("roles").toString()).contains("RETAILER");
		assertThat(me.get("jurisdiction").asString()).isEqualTo("330106");

		JsonNode application = json(xihu.postJson("/api/licensing/applications", """
				{"type":"NEW","businessName":"西湖便利店","creditCode":"91350100M000100Y43",
				 "operatorName":"张三","operatorIdNumber":"11010519491231002X","mobile":"13812345678",
				 "premises":{"address":"杭州市西湖区文三路 1 号","divisionCode":"330106",
				             "latitude":30.2741,"longitude":120.1551}}
				""", UUID.randomUUID().toString()), 201);
		assertThat(application.get("state").asString()).isEqualTo("DRAFT");
		String applicationId = application.get("id").asString();

		byte[] pdf = samplePdf();
		JsonNode document = json(xihu.uploadMultipart(
				"/api/licensing/applications/" + applicationId + "/documents?documentType=BUSINESS_LICENSE",
				Map.of("documentType", "BUSINESS_LICENSE"), "营业执照.pdf", "application/pdf", pdf), 201);
		assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
		String documentPath = "/api/licensing/documents/" + document.get("id").asString() + "/content";

		GatewayResponse download = xihu.download(documentPath);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);

		GatewaySession shangcheng = GatewaySession.signIn("retailer.shangcheng", PASSWORD);
		assertProblem(shangcheng.get("/api/licensing/applications/" + applicationId), 404, "/problems/not-found");
		assertProblem(shangcheng.download(documentPath), 404, "/problems/not-found");
		JsonNode theirs = json(shangcheng.get("/api/licensing/applications?limit=100"), 200);
		assertThat(theirs.get("items").toString()).doesNotContain(applicationId);
	}

	@Test
	void anonymousCitizenFilesAReportAndTracksItWithoutSeeingReporterData() {
		GatewaySession anonymous = GatewaySession.anonymous();
		String report = """
				{"kind":"REPORT","category":"SALES_TO_MINORS",
				 "address":{"divisionCode":"330106","detail":"杭州市西湖区文三路 1 号 便利店"},
				 "description":"2026-11-20 下午四点左右，店主向穿校服的学生出售香烟。",
				 "reporter":{"name":"李四","phone":"13900001111"}}
				""";
		String boundary = "e2e-" + UUID.randomUUID();
		GatewayResponse filed = anonymous.send(anonymous.request("/api/complaints/public/reports")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(jsonPart(boundary, "report", report))));
		JsonNode answer = json(filed, 201);
		assertThat(answer.get("caseNumber").asString()).startsWith("12313-");
		String trackingCode = answer.get("trackingCode").asString();
		assertThat(trackingCode).isNotBlank();

		GatewayResponse tracked = GatewaySession.anonymous().get("/api/complaints/public/reports/" + trackingCode);
		JsonNode view = json(tracked, 200);
		assertThat(view.get("caseNumber").asString()).isEqualTo(answer.get("caseNumber").asString());
		assertThat(tracked.bodyAsString()).doesNotContain("李四").doesNotContain("13900001111");

		String unknown = trackingCode.substring(0, trackingCode.length() - 4)
				+ (trackingCode.endsWith("AAAA") ? "BBBB" : "AAAA");
		assertProblem(GatewaySession.anonymous().get("/api/complaints/public/reports/" + unknown), 404,
				"/problems/not-found");
		assertProblem(GatewaySession.anonymous().get("/api/complaints/public/reports/not-a-code!"), 400,
				"/problems/validation");
	}

	@Test
	void everyResponseCarriesACorrelationIdAndErrorsAreProblemDetails() {
		GatewayResponse response = GatewaySession.anonymous().get("/api/licensing/applications");
		assertProblem(response, 401, "/problems/unauthorized");
		assertThat(response.header("X-Correlation-Id")).isPresent();
	}

	static JsonNode json(GatewayResponse response, int expectedStatus) {
		assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
		return JSON.readTree(response.body());
	}

	static void assertProblem(GatewayResponse response, int status, String type) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo(type);
	}

	static byte[] jsonPart(String boundary, String name, String json) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	static byte[] samplePdf() {
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
		for (int i = 0; i < 20_000; i++) {
			pdf.append("% filler line ").append(i).append('\n');
		}
		return pdf.append("%%EOF\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

}
