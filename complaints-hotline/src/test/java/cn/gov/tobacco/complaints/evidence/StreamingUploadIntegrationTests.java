package cn.gov.tobacco.complaints.evidence;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.testing.EndlessUpload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 point 10, with the production caps: the anonymous report's photo is capped at
 * its type's limit while it streams. Before, every part was spooled to the temporary
 * directory up to the 50 MB part limit and only then checked.
 */
@TestPropertySource(properties = { "complaints.evidence.image-max-size=10MB",
		"spring.webflux.multipart.max-disk-usage-per-part=50MB" })
class StreamingUploadIntegrationTests extends IntegrationTestSupport {

	@LocalServerPort
	private int port;

	/**
	 * A photo that never ends: the 10 MB image cap stops reading at 10 MB + 1 byte and
	 * the 413 arrives while the client is still sending; before, the service read (and
	 * spooled to its temporary directory) up to 50 MB first. Nothing is spooled at all
	 * now: the part streams to object storage.
	 */
	@Test
	void anEndlessPhotoIsRefusedAtItsTypeCapWhileTheClientIsStillSending() throws IOException {
		// raw: EndlessUpload writes each part's text on the socket itself; the report
		// part is the generated type as JSON text
		String report = Reports.text(Reports.counterfeit("330106"));
		EndlessUpload upload = EndlessUpload.send(this.port, "/api/complaints/public/reports",
				Map.of("Idempotency-Key", UUID.randomUUID().toString()),
				Map.of("report", new String[] { "application/json", report }), "photo",
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 },
				Duration.ofSeconds(60));
		assertThat(upload.status()).isEqualTo(413);
		assertThat(upload.stillSending()).isTrue();
		long cap = 10L * 1024 * 1024;
		// Socket buffers on both sides may hold a few MB the service never read.
		assertThat(upload.fileBytesSentAtAnswer()).isGreaterThan(cap).isLessThan(cap + 12L * 1024 * 1024);
	}

}
