package cn.gov.tobacco.licensing.supervision;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CheckAnswerDto;
import cn.gov.tobacco.licensing.api.model.GeoLocationDto;
import cn.gov.tobacco.licensing.api.model.PenaltyDecisionDto;
import cn.gov.tobacco.licensing.api.model.UnplannedVisitRequestDto;
import cn.gov.tobacco.licensing.api.model.VisitFindingsDto;
import cn.gov.tobacco.licensing.api.model.VisitResultDto;
import cn.gov.tobacco.licensing.calendar.CalendarService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 points 2–6 against the running service: scan verdicts, an unplanned visit with
 * photos (metadata stripped) recorded as a violation → a rectification due in working
 * days, a penalty confirmed by the APPROVER → a PENALTY credit record, the retailer's
 * history, NOT_LICENSED → the event for the complaints service, and bad input.
 */
@LicensingIntegrationTest
class SupervisionFindingsIntegrationTests {

	private static final String SUP = "/api/licensing/supervision";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	CalendarService calendars;

	@org.springframework.beans.factory.annotation.Value("${licensing.public-base-url}")
	String publicBaseUrl;

	Fixtures fx;

	LocalDate today = LocalDate.now(CHINA);

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
		this.fx
			.send("admin", "PUT", SUP + "/settings/330106",
					Fixtures.supervisionSettings(0.05, "inspector.xihu").rectificationDays(15))
			.expectStatus()
			.isOk();
	}

	/** A license of retailer.xihu in Xihu, by SQL, with the status and validity given. */
	private String license(String status, LocalDate validUntil) {
		String number = "330106" + (this.today.getYear() - 1)
				+ String.format("%05d", ThreadLocalRandom.current().nextInt(90000, 100000));
		this.db.sql("delete from license where number = :no").bind("no", number).then().block();
		this.db.sql("insert into license (id, number, jurisdiction, holder_subject, business_name, credit_code, "
				+ "operator_name, operator_id_number, premises_address, premises_division, business_scope, valid_from, "
				+ "valid_until, status, version, issued_at, updated_at) values (gen_random_uuid(), :no, '330106', "
				+ "'retailer.xihu', '检查测试便利店', '91330100MA00000000', '张三', '110101199003070000', "
				+ "'西湖区文三路 1 号', '330106', '卷烟、雪茄烟零售', :from, :until, :status, 0, now(), now())")
			.bind("no", number)
			.bind("from", validUntil.minusYears(4))
			.bind("until", validUntil)
			.bind("status", status)
			.then()
			.block();
		return number;
	}

	private JsonNode scan(String code) {
		return this.fx.get("inspector.xihu", SUP + "/scan?code=" + code, "zh-CN");
	}

	@Test
	void aScanSaysWhetherTheCodeIsAValidLicense() {
		String valid = license("ACTIVE", this.today.plusYears(1));
		JsonNode ok = scan(valid);
		assertThat(ok.get("verdict").asString()).isEqualTo("VALID");
		assertThat(ok.get("license").get("businessName").asString()).isEqualTo("检查测试便利店");
		assertThat(ok.get("grade").asString()).isIn("A", "B", "C", "D");
		assertThat(ok.get("openItems").get("openRectifications").asInt()).isZero();
		assertThat(ok.get("checklist").size()).isGreaterThanOrEqualTo(6);
		// the certificate's QR payload names the same license
		assertThat(scan(this.publicBaseUrl + "/verify/" + valid).get("verdict").asString()).isEqualTo("VALID");
		assertThat(scan(license("SUSPENDED", this.today.plusYears(1))).get("verdict").asString())
			.isEqualTo("SUSPENDED");
		assertThat(scan(license("REVOKED", this.today.plusYears(1))).get("verdict").asString()).isEqualTo("REVOKED");
		// ACTIVE but past its validity (the expiry job has not run yet)
		assertThat(scan(license("ACTIVE", this.today.minusDays(1))).get("verdict").asString()).isEqualTo("EXPIRED");
		assertThat(scan("330106" + this.today.getYear() + "00000").get("verdict").asString()).isEqualTo("UNKNOWN");
		// another site, a number of the wrong length, a year ahead, a district not ours
		assertThat(scan("https://verify.example.com/verify/" + valid).get("verdict").asString()).isEqualTo("FORGED");
		assertThat(scan("33010620250001").get("verdict").asString()).isEqualTo("FORGED");
		assertThat(scan("330106209900001").get("verdict").asString()).isEqualTo("FORGED");
		assertThat(scan("990101202500001").get("verdict").asString()).isEqualTo("FORGED");
		assertThat(scan("not a license").get("verdictReason").asString()).isNotBlank();
		// a retailer or a clerk cannot scan
		this.fx.send("retailer.xihu", "GET", SUP + "/scan?code=" + valid, null).expectStatus().isForbidden();
		this.fx.send("clerk.xihu", "GET", SUP + "/scan?code=" + valid, null).expectStatus().isForbidden();
	}

	@Test
	void aViolationOpensARectificationInWorkingDaysAndAConfirmedPenaltyBecomesACreditRecord() throws IOException {
		String number = license("ACTIVE", this.today.plusYears(2));
		JsonNode visit = body(this.fx.send("inspector.xihu", "POST", SUP + "/visits", Fixtures.unplannedVisit(number))
			.expectStatus()
			.isCreated());
		String id = visit.get("id").asString();
		assertThat(visit.get("kind").asString()).isEqualTo("UNPLANNED");
		assertThat(visit.get("inspector").asString()).isEqualTo("inspector.xihu");
		assertThat(visit.get("scanVerdict").asString()).isEqualTo("VALID");

		// a phone photo with EXIF GPS: the stored copy has none of it
		byte[] photo = jpegWithGps();
		JsonNode stored = body(upload(id, "PHOTO", photo, "IMG_0001.jpg").expectStatus().isCreated());
		JsonNode signature = body(upload(id, "SIGNATURE", png(), "sign.png").expectStatus().isCreated());
		byte[] served = this.http.get()
			.uri(SUP + "/visits/" + id + "/photos/" + stored.get("id").asString())
			.headers((h) -> h.setBearerAuth(DemoUsers.token("supervisor")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		String text = new String(served, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Exif").doesNotContain("GPS-SECRET");
		assertThat(served.length).isLessThan(photo.length);
		// a PDF is not a photo; another role cannot add photos
		upload(id, "PHOTO", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1), "x.pdf").expectStatus()
			.isEqualTo(415);

		JsonNode detail = body(
				this.fx.send("inspector.xihu", "GET", SUP + "/visits/" + id, null).expectStatus().isOk());
		Function<VisitResultDto, VisitFindingsDto> findings = (result) -> {
			VisitFindingsDto f = Fixtures
				.findings(result, detail.get("checklist"),
						(code) -> code.equals("LICENSE_DISPLAYED") ? CheckAnswerDto.FAIL : CheckAnswerDto.PASS)
				.addPhotoIdsItem(UUID.fromString(stored.get("id").asString()))
				.signaturePhotoId(UUID.fromString(signature.get("id").asString()))
				.summary("未亮证经营，限期整改")
				.internalNote("店主态度一般");
			f.getLocation().accuracy(8.0);
			return f;
		};
		// PASSED with a failed item is refused; no signature nor refusal is a field error
		this.fx.send("inspector.xihu", "POST", SUP + "/visits/" + id + "/record", findings.apply(VisitResultDto.PASSED))
			.expectStatus()
			.isEqualTo(422);
		this.fx
			.send("inspector.xihu", "POST", SUP + "/visits/" + id + "/record",
					findings.apply(VisitResultDto.VIOLATION).signaturePhotoId(null))
			.expectStatus()
			.isBadRequest();
		// only the assigned inspector records
		this.fx.send("supervisor", "POST", SUP + "/visits/" + id + "/record", findings.apply(VisitResultDto.VIOLATION))
			.expectStatus()
			.isForbidden();
		JsonNode recorded = body(this.http.post()
			.uri(SUP + "/visits/" + id + "/record")
			.headers((h) -> h.setBearerAuth(DemoUsers.token("inspector.xihu")))
			.header("Idempotency-Key", "record-" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(findings.apply(VisitResultDto.VIOLATION))
			.exchange()
			.expectStatus()
			.isOk());
		LocalDate due = this.calendars.calendar().block().addWorkingDays(this.today, 15).due();
		assertThat(recorded.get("visit").get("state").asString()).isEqualTo("DONE");
		assertThat(recorded.get("rectification").get("dueOn").asString()).isEqualTo(due.toString());
		assertThat(recorded.get("rectification").get("workingDays").asInt()).isEqualTo(15);
		assertThat(recorded.get("penalty").get("state").asString()).isEqualTo("PENDING");
		// the same key again: the first answer, nothing new; a second record is refused
		this.http.post()
			.uri(SUP + "/visits/" + id + "/record")
			.headers((h) -> h.setBearerAuth(DemoUsers.token("inspector.xihu")))
			.header("Idempotency-Key", "record-" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(findings.apply(VisitResultDto.VIOLATION))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "true");
		this.fx
			.send("inspector.xihu", "POST", SUP + "/visits/" + id + "/record", findings.apply(VisitResultDto.VIOLATION))
			.expectStatus()
			.isEqualTo(409);
		assertThat(count("select count(*) from rectification where visit_id = '" + id + "'")).isEqualTo(1);

		// the APPROVER confirms; a supervisor cannot
		PenaltyDecisionDto decision = new PenaltyDecisionDto(true, "未亮证经营，警告并记录");
		this.fx.send("supervisor", "POST", SUP + "/visits/" + id + "/penalty", decision).expectStatus().isForbidden();
		JsonNode confirmed = body(
				this.fx.send("approver", "POST", SUP + "/visits/" + id + "/penalty", decision).expectStatus().isOk());
		assertThat(confirmed.get("penalty").get("state").asString()).isEqualTo("CONFIRMED");
		String record = confirmed.get("penalty").get("creditRecordId").asString();
		assertThat(count("select count(*) from credit_record where id = '" + record + "' and kind = 'PENALTY' "
				+ "and source_event = 'inspection:" + id + "'"))
			.isEqualTo(1);
		this.fx.send("approver", "POST", SUP + "/visits/" + id + "/penalty", decision).expectStatus().isEqualTo(409);

		// the retailer sees the result, the failed item and the deadline, not the
		// internal note
		JsonNode history = body(
				this.fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + number + "/inspections", null)
					.expectStatus()
					.isOk());
		assertThat(history.get("total").asLong()).isEqualTo(1);
		JsonNode item = history.get("items").get(0);
		assertThat(item.get("result").asString()).isEqualTo("VIOLATION");
		assertThat(item.get("failedItems").get(0).get("code").asString()).isEqualTo("LICENSE_DISPLAYED");
		assertThat(item.get("rectificationDueOn").asString()).isEqualTo(due.toString());
		assertThat(history.get("openRectifications").size()).isEqualTo(1);
		assertThat(history.toString()).doesNotContain("店主态度一般").doesNotContain("seed");
		this.fx.send("retailer.shangcheng", "GET", "/api/licensing/licenses/" + number + "/inspections", null)
			.expectStatus()
			.isNotFound();
		// the rectification is on the supervisor's list
		JsonNode open = body(this.fx.send("supervisor", "GET", SUP + "/rectifications?state=OPEN&limit=100", null)
			.expectStatus()
			.isOk());
		assertThat(open.get("total").asLong()).isPositive();
	}

	@Test
	void sellingWithoutALicenseIsAnnouncedForTheComplaintsService() {
		JsonNode visit = body(
				this.fx
					.send("inspector.xihu", "POST", SUP + "/visits",
							Fixtures.unplannedVisit("https://fake.example.com/verify/330106202500001")
								.address("西湖区无名路 9 号"))
					.expectStatus()
					.isCreated());
		String id = visit.get("id").asString();
		assertThat(visit.get("scanVerdict").asString()).isEqualTo("FORGED");
		assertThat(visit.has("licenseNumber")).isFalse();
		VisitFindingsDto findings = new VisitFindingsDto(VisitResultDto.NOT_LICENSED, List.of(),
				new GeoLocationDto(30.28, 120.11))
			.signatureRefusal("经营者拒绝签字");
		this.fx.send("inspector.xihu", "POST", SUP + "/visits/" + id + "/record", findings).expectStatus().isOk();
		String payload = this.db.sql(
				"select payload from outbox where aggregate_id = :id and event_type = 'SupervisionUnlicensedSaleFound'")
			.bind("id", java.util.UUID.fromString(id))
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
		assertThat(payload).contains("\"divisionCode\":\"330106\"").contains("西湖区无名路 9 号");
		assertThat(payload).doesNotContain("inspector.xihu");
	}

	@Test
	void badInputIsAProblemNotAnError() {
		this.fx.send("inspector.xihu", "POST", SUP + "/visits", new UnplannedVisitRequestDto())
			.expectStatus()
			.isBadRequest();
		this.fx
			.send("inspector.xihu", "POST", SUP + "/visits",
					new UnplannedVisitRequestDto().address("x").jurisdiction("330100"))
			.expectStatus()
			.isBadRequest();
		this.fx
			.send("inspector.xihu", "POST", SUP + "/visits/" + java.util.UUID.randomUUID() + "/record",
					new VisitFindingsDto(VisitResultDto.PASSED, List.of(), new GeoLocationDto(30.0, 120.0)))
			.expectStatus()
			.isNotFound();
		this.fx.send("supervisor", "GET", SUP + "/statistics?from=2026-02-01&to=2025-01-01", null)
			.expectStatus()
			.isBadRequest();
		this.http.get()
			.uri("/api/licensing/public/random-checks?jurisdiction=330106&month=2026-13")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		// a photo of an unknown kind
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("kind", "SELFIE");
		body.part("file", new ByteArrayResource(new byte[] { 1, 2, 3 }) {
			@Override
			public String getFilename() {
				return "x.jpg";
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		this.http.post()
			.uri(SUP + "/visits/" + java.util.UUID.randomUUID() + "/photos")
			.headers((h) -> h.setBearerAuth(DemoUsers.token("inspector.xihu")))
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private WebTestClient.ResponseSpec upload(String visit, String kind, byte[] bytes, String name) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("kind", kind);
		body.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return this.http.post()
			.uri(SUP + "/visits/" + visit + "/photos")
			.headers((h) -> h.setBearerAuth(DemoUsers.token("inspector.xihu")))
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

	/** A real JPEG with an APP1 EXIF segment carrying a GPS marker after SOI. */
	static byte[] jpegWithGps() throws IOException {
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
		byte[] image = jpeg.toByteArray();
		byte[] exif = ("Exif\0\0GPS-SECRET 30.2741N 120.1551E " + "x".repeat(200))
			.getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(image, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		int length = exif.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(exif);
		out.write(image, 2, image.length - 2);
		return out.toByteArray();
	}

	static byte[] png() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
		return png.toByteArray();
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

	private static JsonNode body(WebTestClient.ResponseSpec spec) {
		return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

}
