package cn.gov.tobacco.licensing.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class DocumentsApiIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void pdfUploadsAndDownloadsByteIdentical() throws Exception {
		String applicationId = newDraft("retailer.xihu");
		byte[] pdf = pdf(300_000);
		JsonNode document = upload("retailer.xihu", applicationId, "BUSINESS_LICENSE", "营业执照.txt", pdf).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(document.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(document.get("sha256").asString()).isEqualTo(sha256(pdf));
		assertThat(document.get("fileName").asString()).isEqualTo("营业执照.txt");

		byte[] downloaded = this.http.get()
			.uri("/api/licensing/documents/{id}/content", document.get("id").asString())
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(downloaded).isEqualTo(pdf);

		this.http.get()
			.uri("/api/licensing/applications/{id}/documents", applicationId)
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].id")
			.isEqualTo(document.get("id").asString());
	}

	@Test
	void anotherRetailerCanNeitherUploadToNorDownloadFromSomeoneElsesApplication() {
		String applicationId = newDraft("retailer.xihu");
		JsonNode document = upload("retailer.xihu", applicationId, "ID_CARD", "id.pdf", pdf(1000)).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		upload("retailer.shangcheng", applicationId, "ID_CARD", "id.pdf", pdf(1000)).expectStatus().isNotFound();
		this.http.get()
			.uri("/api/licensing/documents/{id}/content", document.get("id").asString())
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.shangcheng")))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
	}

	@Test
	void contentTypeIsDecidedByTheBytesNotTheName() {
		String applicationId = newDraft("retailer.xihu");
		upload("retailer.xihu", applicationId, "BUSINESS_LICENSE", "scan.pdf",
				"MZ this is an executable pretending".getBytes(StandardCharsets.UTF_8))
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unsupported-media-type");

		byte[] png = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 2048);
		upload("retailer.xihu", applicationId, "PREMISES_PHOTO", "photo.pdf", png).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.contentType")
			.isEqualTo("image/png");
	}

	@Test
	void aFileOverItsTypesLimitIs413() {
		String applicationId = newDraft("retailer.xihu");
		upload("retailer.xihu", applicationId, "ID_CARD", "big.pdf", pdf(6 * 1024 * 1024)).expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payload-too-large");
	}

	@Test
	void unknownDocumentTypeAndMissingFileAre400() {
		String applicationId = newDraft("retailer.xihu");
		upload("retailer.xihu", applicationId, "PASSPORT", "x.pdf", pdf(100)).expectStatus().isBadRequest();
		MultipartBodyBuilder noFile = new MultipartBodyBuilder();
		noFile.part("documentType", "ID_CARD");
		this.http.post()
			.uri("/api/licensing/applications/{id}/documents", applicationId)
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.body(BodyInserters.fromMultipartData(noFile.build()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	String newDraft(String user) {
		return this.http.post()
			.uri("/api/licensing/applications")
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(
					new ApplicationDraftDto(ApplicationTypeDto.NEW).premises(new PremisesDto().divisionCode("330106")))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	WebTestClient.ResponseSpec upload(String user, String applicationId, String type, String name, byte[] bytes) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("documentType", type);
		body.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return this.http.post()
			.uri("/api/licensing/applications/{id}/documents", applicationId)
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

	static byte[] pdf(int size) {
		byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] bytes = new byte[Math.max(size, head.length)];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) ('a' + (i % 26));
		}
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
