package cn.gov.tobacco.complaints.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.complaints.intake.Reports;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DatabaseClient db;

	@Autowired
	private EvidenceStore evidence;

	@Test
	void photoIsStoredWithHashSizeAndTypeFromTheBytesAndStaffCopyHasNoLocation() throws Exception {
		byte[] photo = Jpegs.withExifLocation(4000);
		FiledBody filed = file(Reports.salesToMinors("330106"), photo, "evidence.txt", Map.of()).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();

		Map<String, Object> row = this.db.sql("""
				SELECT a.* FROM attachments a JOIN cases c ON c.id = a.case_id WHERE c.case_number = :n""")
			.bind("n", filed.caseNumber())
			.fetch()
			.one()
			.block();
		assertThat(row).isNotNull();
		assertThat(row.get("content_type")).isEqualTo("image/jpeg");
		assertThat(row.get("size_bytes")).isEqualTo((long) photo.length);
		assertThat(row.get("sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)));
		assertThat((String) row.get("object_key")).doesNotContain("evidence.txt");

		byte[] redacted = DataBufferUtils.join(this.evidence.readRedacted((String) row.get("redacted_key")))
			.map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
			.block();
		String text = new String(redacted, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("GPSLatitude").doesNotContain("Exif").contains("JFIF");
	}

	@Test
	void staffCopyOfAPngHasNoLocationMetadata() {
		byte[] photo = Pngs.withLocationMetadata();
		FiledBody filed = file(Reports.salesToMinors("330106"), photo, "photo.png", Map.of()).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		Map<String, Object> row = this.db.sql("""
				SELECT a.* FROM attachments a JOIN cases c ON c.id = a.case_id WHERE c.case_number = :n""")
			.bind("n", filed.caseNumber())
			.fetch()
			.one()
			.block();
		assertThat(row.get("content_type")).isEqualTo("image/png");
		assertThat(row.get("redacted_key")).isNotEqualTo(row.get("object_key"));
		byte[] redacted = DataBufferUtils.join(this.evidence.readRedacted((String) row.get("redacted_key")))
			.map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
			.block();
		String text = new String(redacted, StandardCharsets.ISO_8859_1);
		assertThat(text).startsWith("\u0089PNG").contains("IHDR").contains("IDAT").doesNotContain("GPS");
	}

	@Test
	void wrongTypeIsRefusedAndNoCaseIsCreated() {
		String marker = Reports.unique();
		NewReportDto json = Reports.report(CaseKindDto.REPORT, "COUNTERFEIT", "330106", "路" + marker,
				"文本伪装成照片的测试，" + marker + "，店内售假烟。", null);
		file(json, "just some text pretending to be a photo".getBytes(), "photo.jpg", Map.of()).expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unsupported-media-type");
		assertThat(casesMentioning(marker)).isZero();
	}

	@Test
	void photoOverTheImageCapIsTooLargeAndNoCaseIsCreated() {
		String marker = Reports.unique();
		NewReportDto json = Reports.report(CaseKindDto.REPORT, "COUNTERFEIT", "330106", "路" + marker,
				"超大照片的测试，" + marker + "，店内售假烟。", null);
		file(json, Jpegs.withExifLocation(80 * 1024), "big.jpg", Map.of()).expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payload-too-large");
		assertThat(casesMentioning(marker)).isZero();
	}

	@Test
	void capsArePerType() {
		byte[] video = padded("\0\0\0\u0018ftypisom\0\0\0\0isommp41", 100 * 1024);
		file(Reports.counterfeit("330106"), video, "clip.mp4", Map.of()).expectStatus().isCreated();
		byte[] pdf = padded("%PDF-1.4\n", 100 * 1024);
		file(Reports.counterfeit("330106"), pdf, "scan.pdf", Map.of()).expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void partOverTheLargestCapIsTooLarge() {
		file(Reports.counterfeit("330106"), padded("\0\0\0\u0018ftypisom\0\0\0\0isommp41", 300 * 1024), "huge.mp4",
				Map.of())
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
	}

	private static byte[] padded(String head, int size) {
		byte[] bytes = new byte[size];
		byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(start, 0, bytes, 0, start.length);
		return bytes;
	}

	private long casesMentioning(String marker) {
		return this.db.sql("SELECT count(*) AS n FROM cases WHERE description LIKE :m")
			.bind("m", "%" + marker + "%")
			.map((r, m) -> r.get("n", Long.class))
			.one()
			.block();
	}

}
