package cn.gov.tobacco.licensing.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.testing.EndlessUpload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 point 10: an ID card scan (5 MB cap) that never ends is refused at 5 MB + 1
 * byte while the client is still sending. Before, the part was spooled to the temporary
 * directory up to the 25 MB part limit and only then checked.
 */
@LicensingIntegrationTest
class StreamingUploadIntegrationTests {

	@Autowired
	WebTestClient http;

	@LocalServerPort
	int port;

	@Test
	void anEndlessIdCardScanIsRefusedAtItsTypeCapWhileTheClientIsStillSending() throws IOException {
		Fixtures fixtures = new Fixtures(this.http);
		String id = fixtures.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()))
			.get("id")
			.asString();
		// An ordinary keyed upload first, so the connections to Redis and S3 are open
		// (the
		// first Redis connection on a busy build machine may miss its 500 ms timeout).
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("documentType", "BUSINESS_LICENSE");
		body.part("file", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
			.filename("license.pdf");
		// Retried: the connection is what is warmed up here, not what is tested.
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> this.http.post()
				.uri("/api/licensing/applications/{id}/documents", id)
				.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.body(BodyInserters.fromMultipartData(body.build()))
				.exchange()
				.expectStatus()
				.isCreated());
		// raw: EndlessUpload writes each multipart field's text on the socket itself
		Map<String, String[]> fields = new LinkedHashMap<>();
		fields.put("documentType", new String[] { "text/plain", "ID_CARD" });
		EndlessUpload upload = EndlessUpload.send(this.port, "/api/licensing/applications/" + id + "/documents",
				Map.of("Authorization", "Bearer " + DemoUsers.token("retailer.xihu"), "Idempotency-Key",
						UUID.randomUUID().toString()),
				fields, "file", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(60));
		assertThat(upload.status()).isEqualTo(413);
		assertThat(upload.stillSending()).isTrue();
		long cap = 5L * 1024 * 1024;
		// Socket buffers on both sides may hold a few MB the service never read.
		assertThat(upload.fileBytesSentAtAnswer()).isGreaterThan(cap).isLessThan(cap + 12L * 1024 * 1024);
	}

}
