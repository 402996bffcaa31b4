package cn.gov.tobacco.licensing.documents;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.UploadStartDto;
import cn.gov.tobacco.platform.storage.MultipartStore;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.StoredKey;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 point 2: a document sent in parts survives a dropped connection; the assembled
 * file is checked as a single upload is. Against the real PostgreSQL and S3 server.
 */
@LicensingIntegrationTest
class ResumableUploadIntegrationTests {

	private static final String RETAILER = "retailer.xihu";

	private static final int MIB = 1024 * 1024;

	@Autowired
	WebTestClient http;

	@Autowired
	MultipartStore multipart;

	@Autowired
	ObjectStore objects;

	@Autowired
	UploadSweep sweep;

	@Autowired
	DatabaseClient db;

	@Test
	void aTwelveMebibytePdfInThreePartsWithTheMiddleOneSentTwiceMakesOneDocument() throws Exception {
		String app = draft();
		byte[] file = pdf(12 * MIB);
		JsonNode session = start(RETAILER, app, "OTHER", "plan.pdf", file.length, "application/pdf").expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(session.get("partSize").asLong()).isEqualTo(5 * MIB);
		assertThat(session.get("partCount").asInt()).isEqualTo(3);
		assertThat(session.get("state").asString()).isEqualTo("OPEN");
		String id = session.get("id").asString();

		part(RETAILER, app, id, 1, slice(file, 0, 5 * MIB)).expectStatus().isNoContent();
		// the connection dropped and the client sent part 2 garbled; the resend replaces
		// it
		byte[] garbled = slice(file, 5 * MIB, 10 * MIB);
		Arrays.fill(garbled, 0, 1000, (byte) 'x');
		part(RETAILER, app, id, 2, garbled).expectStatus().isNoContent();
		assertThat(parts(get(RETAILER, app, id))).containsExactly(1, 2);
		part(RETAILER, app, id, 2, slice(file, 5 * MIB, 10 * MIB)).expectStatus().isNoContent();
		part(RETAILER, app, id, 3, slice(file, 10 * MIB, file.length)).expectStatus().isNoContent();
		assertThat(parts(get(RETAILER, app, id))).containsExactly(1, 2, 3);

		JsonNode document = complete(RETAILER, app, id).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "false")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(document.get("sha256").asString()).isEqualTo(sha256(file));
		assertThat(document.get("size").asLong()).isEqualTo(file.length);
		assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(document.get("fileName").asString()).isEqualTo("plan.pdf");

		// completing again answers the same document and makes no second one
		complete(RETAILER, app, id).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "true")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(document.get("id").asString());
		JsonNode listed = new Fixtures(this.http).send(RETAILER, "GET", apps(app) + "/documents", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(listed.size()).isEqualTo(1);
		assertThat(get(RETAILER, app, id).get("state").asString()).isEqualTo("COMPLETED");
		assertThat(get(RETAILER, app, id).get("documentId").asString()).isEqualTo(document.get("id").asString());

		// the stored bytes are the file's (read as a stream: 12 MiB is over the client's
		// buffer)
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		this.http.get()
			.uri("/api/licensing/documents/{id}/content", document.get("id").asString())
			.headers((h) -> h.setBearerAuth(DemoUsers.token(RETAILER)))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(DataBuffer.class)
			.getResponseBody()
			.doOnNext((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				digest.update(bytes);
				DataBufferUtils.release(buffer);
			})
			.blockLast();
		assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(sha256(file));
		assertThat(audit(app)).contains("UPLOAD_STARTED", "UPLOAD_COMPLETED");
		assertThat(pending(id)).isFalse();
	}

	@Test
	void aPngDeclaredAsAPdfAndARenamedExeAreRefusedAtCompletionAndDeleted() throws Exception {
		String app = draft();
		byte[] png = png(6 * MIB);
		String id = started(app, "OTHER", "scan.pdf", png.length, "application/pdf");
		part(RETAILER, app, id, 1, slice(png, 0, 5 * MIB)).expectStatus().isNoContent();
		part(RETAILER, app, id, 2, slice(png, 5 * MIB, png.length)).expectStatus().isNoContent();
		complete(RETAILER, app, id).expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(get(RETAILER, app, id).get("state").asString()).isEqualTo("REFUSED");
		assertThat(objectKeys()).doesNotContain(storageKey(id));

		byte[] exe = new byte[1000];
		Arrays.fill(exe, (byte) 0);
		byte[] mz = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff".getBytes("ISO-8859-1");
		System.arraycopy(mz, 0, exe, 0, mz.length);
		System.arraycopy("This program cannot be run in DOS mode".getBytes("ISO-8859-1"), 0, exe, 78, 38);
		String renamed = started(app, "OTHER", "licence.pdf", exe.length, null);
		part(RETAILER, app, renamed, 1, exe).expectStatus().isNoContent();
		complete(RETAILER, app, renamed).expectStatus().isEqualTo(415);
		assertThat(objectKeys()).doesNotContain(storageKey(renamed));
		// a refused session takes no more parts and cannot be completed
		part(RETAILER, app, renamed, 1, exe).expectStatus().isEqualTo(409);
		complete(RETAILER, app, renamed).expectStatus().isEqualTo(409);
		assertThat(audit(app)).contains("UPLOAD_REFUSED");
		assertThat(documentCount(app)).isZero();
	}

	@Test
	void theSizeCapIsCheckedAtTheStartAndAgainOnThePartsAtCompletion() {
		String app = draft();
		start(RETAILER, app, "ID_CARD", "id.jpg", 5 * MIB + 1, "image/jpeg").expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.maxBytes")
			.isEqualTo(5 * MIB);

		byte[] file = pdf(6 * MIB);
		String id = started(app, "OTHER", "big.pdf", file.length, "application/pdf");
		// wrong shapes are refused part by part
		part(RETAILER, app, id, 3, slice(file, 0, 10)).expectStatus().isBadRequest();
		part(RETAILER, app, id, 1, slice(file, 0, 10)).expectStatus().isBadRequest();
		part(RETAILER, app, id, 2, pdf(5 * MIB + 1)).expectStatus().isEqualTo(413);
		part(RETAILER, app, id, 1, slice(file, 0, 5 * MIB)).expectStatus().isNoContent();
		complete(RETAILER, app, id).expectStatus().isEqualTo(409);
		// the last part may be at most a part long: here it makes the file larger than
		// declared
		part(RETAILER, app, id, 2, pdf(5 * MIB)).expectStatus().isNoContent();
		complete(RETAILER, app, id).expectStatus().isEqualTo(413);
		assertThat(get(RETAILER, app, id).get("state").asString()).isEqualTo("REFUSED");
		assertThat(pending(id)).isFalse();
		assertThat(documentCount(app)).isZero();
	}

	@Test
	void anotherRetailersUploadIsNotFoundAndStaffMayNotUpload() {
		String app = draft();
		String id = started(app, "BUSINESS_LICENSE", "licence.pdf", 1000, "application/pdf");
		String other = "retailer.shangcheng";
		this.http.get()
			.uri(apps(app) + "/uploads/" + id)
			.headers((h) -> h.setBearerAuth(DemoUsers.token(other)))
			.exchange()
			.expectStatus()
			.isNotFound();
		part(other, app, id, 1, pdf(1000)).expectStatus().isNotFound();
		complete(other, app, id).expectStatus().isNotFound();
		new Fixtures(this.http).send(other, "DELETE", apps(app) + "/uploads/" + id, null).expectStatus().isNotFound();
		start(other, app, "BUSINESS_LICENSE", "x.pdf", 1000, null).expectStatus().isNotFound();
		start("clerk.xihu", app, "BUSINESS_LICENSE", "x.pdf", 1000, null).expectStatus().isForbidden();
		// the owner aborts it: the parts are gone, and it takes no more
		part(RETAILER, app, id, 1, pdf(1000)).expectStatus().isNoContent();
		new Fixtures(this.http).send(RETAILER, "DELETE", apps(app) + "/uploads/" + id, null)
			.expectStatus()
			.isNoContent();
		assertThat(pending(id)).isFalse();
		part(RETAILER, app, id, 1, pdf(1000)).expectStatus().isEqualTo(409);
		assertThat(get(RETAILER, app, id).get("state").asString()).isEqualTo("ABORTED");
	}

	@Test
	void theSweepAbortsExpiredSessionsAndStrayMultipartUploads() {
		String app = draft();
		String id = started(app, "OTHER", "plan.pdf", 6 * MIB, "application/pdf");
		part(RETAILER, app, id, 1, pdf(5 * MIB)).expectStatus().isNoContent();
		String strayKey = UUID.randomUUID().toString();
		String stray = this.multipart.start(strayKey, "application/octet-stream").block();
		assertThat(pending(id)).isTrue();
		assertThat(this.multipart.isPending(strayKey, stray).block()).isTrue();

		// nothing is touched before its time
		Instant now = Instant.now();
		this.sweep.sweep(now, now.minus(1, ChronoUnit.HOURS)).block();
		assertThat(pending(id)).isTrue();
		assertThat(this.multipart.isPending(strayKey, stray).block()).isTrue();

		Instant later = now.plus(25, ChronoUnit.HOURS);
		UploadSweep.Result result = this.sweep.sweep(later, later).block();
		assertThat(result.expired()).isGreaterThanOrEqualTo(1);
		assertThat(result.aborted()).isGreaterThanOrEqualTo(1);
		assertThat(pending(id)).isFalse();
		assertThat(this.multipart.isPending(strayKey, stray).block()).isFalse();
		assertThat(get(RETAILER, app, id).get("state").asString()).isEqualTo("EXPIRED");
		assertThat(audit(app)).contains("UPLOAD_EXPIRED");
		part(RETAILER, app, id, 2, pdf(MIB)).expectStatus().isEqualTo(409);
	}

	private String draft() {
		return new Fixtures(this.http).create(RETAILER, Fixtures.draft("330106", Fixtures.creditCode()))
			.get("id")
			.asString();
	}

	private static String apps(String app) {
		return "/api/licensing/applications/" + app;
	}

	private WebTestClient.ResponseSpec start(String user, String app, String type, String fileName, long size,
			String contentType) {
		UploadStartDto body = Fixtures.uploadStart(type, fileName, size).contentType(contentType);
		return this.http.post()
			.uri(apps(app) + "/uploads")
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private String started(String app, String type, String fileName, long size, String contentType) {
		return start(RETAILER, app, type, fileName, size, contentType).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	private WebTestClient.ResponseSpec part(String user, String app, String id, int number, byte[] bytes) {
		return this.http.put()
			.uri(apps(app) + "/uploads/" + id + "/parts/" + number)
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(bytes.length)
			.bodyValue(bytes)
			.exchange();
	}

	private WebTestClient.ResponseSpec complete(String user, String app, String id) {
		return this.http.post()
			.uri(apps(app) + "/uploads/" + id + "/completion")
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
			.exchange();
	}

	private JsonNode get(String user, String app, String id) {
		return new Fixtures(this.http).send(user, "GET", apps(app) + "/uploads/" + id, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<Integer> parts(JsonNode session) {
		return session.get("parts").valueStream().map((p) -> p.get("number").asInt()).toList();
	}

	/**
	 * Whether S3 still holds the session's multipart upload (asked for that upload
	 * alone).
	 */
	private boolean pending(String id) {
		return this.multipart.isPending(storageKey(id), s3UploadId(id)).block();
	}

	private List<String> objectKeys() {
		return this.objects.list().map(StoredKey::key).collectList().block();
	}

	private String s3UploadId(String id) {
		return column(id, "s3_upload_id");
	}

	private String storageKey(String id) {
		return column(id, "storage_key");
	}

	private String column(String id, String column) {
		return this.db.sql("select " + column + " from upload_session where id = :id")
			.bind("id", UUID.fromString(id))
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
	}

	private long documentCount(String app) {
		return this.db.sql("select count(*) from application_document where application_id = :a")
			.bind("a", UUID.fromString(app))
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	private String audit(String app) {
		return new Fixtures(this.http).send(RETAILER, "GET", apps(app) + "/audit", null)
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static byte[] pdf(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	private static byte[] png(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		byte[] head = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		return Arrays.copyOfRange(bytes, from, to);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
