package cn.gov.tobacco.complaints.access;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.CategoryChangeDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.evidence.Jpegs;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.workflow.CaseApi;
import cn.gov.tobacco.platform.outbox.CloudEventSignature;

/**
 * The data the complaints matrix calls operations on, built through the API (and, for a
 * case in another city, moved there in the database, as no demo account of this city can
 * file there). Cases have no owner among the staff: what decides is the jurisdiction.
 * {@link Side#OWN_DISTRICT} is a case in 330106 (Xihu), handler.xihu's district;
 * {@link Side#OTHER_DISTRICT} one in 330102 (Shangcheng), outside handler.xihu's district
 * but inside the city (330100) of the agent and the supervisor; {@link Side#OTHER_CITY}
 * one in 330203 (Ningbo), outside the city and inside only the province (330000, the
 * admin's). The reporter's own access is the tracking code (public operations).
 */
final class MatrixFixtures {

	enum Side {

		OWN_DISTRICT("330106"), OTHER_DISTRICT("330102"), OTHER_CITY("330106");

		final String filedIn;

		Side(String filedIn) {
			this.filedIn = filedIn;
		}

	}

	/** The secret the test profile shares with licensing for signed events. */
	static final String EVENTS_SECRET = "local-license-events-secret";

	/** A filed case: its id, number and tracking code. */
	record Filed(String id, String caseNumber, String trackingCode) {
	}

	private final WebTestClient http;

	private final DatabaseClient db;

	private final CaseApi api;

	MatrixFixtures(WebTestClient http, DatabaseClient db) {
		this.http = http;
		this.db = db;
		this.api = new CaseApi(http);
	}

	/** A citizen's report with reporter data, optionally a photo, in the side's place. */
	Filed filed(Side side, boolean photo) {
		FiledBody body = this.http.post()
			.uri("/api/complaints/public/reports")
			.body(BodyInserters.fromMultipartData(report(Reports.salesToMinors(side.filedIn), photo)))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		String id = this.db.sql("SELECT id FROM cases WHERE case_number = :n")
			.bind("n", body.caseNumber())
			.map((row, meta) -> String.valueOf(row.get("id")))
			.one()
			.block();
		if (side == Side.OTHER_CITY) {
			this.db
				.sql("UPDATE cases SET division_code = '330203', district_code = '330203' WHERE id = CAST(:id AS uuid)")
				.bind("id", id)
				.then()
				.block();
		}
		return new Filed(id, body.caseNumber(), body.trackingCode());
	}

	static MultiValueMap<String, HttpEntity<?>> report(Object json, boolean photo) {
		MultipartBodyBuilder body = (photo)
				? IntegrationTestSupportAccess.reportBody(json, Jpegs.withExifLocation(2000), "IMG_0001.JPG")
				: IntegrationTestSupportAccess.reportBody(json, null, null);
		return body.build();
	}

	/** The case's current version, for an action. */
	long version(String caseId) {
		return this.db.sql("SELECT version FROM cases WHERE id = CAST(:id AS uuid)")
			.bind("id", caseId)
			.map((row, meta) -> row.get("version", Long.class))
			.one()
			.block();
	}

	/** The first attachment of a case. */
	String attachment(String caseId) {
		return this.db.sql("SELECT id FROM attachments WHERE case_id = CAST(:id AS uuid) ORDER BY uploaded_at")
			.bind("id", caseId)
			.map((row, meta) -> String.valueOf(row.get("id")))
			.first()
			.block();
	}

	/** A report of handler.xihu's district, answered and waiting for its evaluation. */
	String answered() {
		Filed filed = filed(Side.OWN_DISTRICT, false);
		this.api.act("agent", filed.id(), CaseActionDto.ACCEPT);
		this.api.act("agent", filed.id(), CaseActionDto.DISPATCH);
		this.api.act("handler.xihu", filed.id(), CaseActionDto.START);
		this.api.act("handler.xihu", filed.id(),
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("经查，该店未发现向未成年人售烟的情况。")
					.outcome(OutcomeDto.UNSUBSTANTIATED));
		return filed.trackingCode();
	}

	/**
	 * A new category of the matrix's own, so that settings made on it touch no other
	 * test.
	 */
	String category() {
		String code = categoryCode();
		this.http.put()
			.uri("/api/complaints/categories/{code}", code)
			.headers((h) -> h.setBearerAuth(IntegrationTestSupportAccess.token("admin")))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(categoryChange())
			.exchange()
			.expectStatus()
			.isOk();
		return code;
	}

	static String categoryCode() {
		StringBuilder code = new StringBuilder("MATRIX_");
		for (int i = 0; i < 8; i++) {
			code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return code.toString();
	}

	/** The matrix's category, a new instance each call (the setters change it). */
	static CategoryChangeDto categoryChange() {
		return new CategoryChangeDto("矩阵测试", "Matrix test", false, true).parentCode("ILLEGAL_SALES");
	}

	/** A staff call about the own district, from a number of its own. */
	static NewCallDto call() {
		return new NewCallDto(CaseKindDto.COMPLAINT, "COUNTERFEIT",
				new AddressDto("330106", "保俶路" + Reports.unique() + "号"), "来电称该店出售的卷烟包装与正品明显不同。")
			.callerNumber("139%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000)))
			.callerName("矩阵测试");
	}

	/** A license event, signed with the shared secret. */
	static String[] signedEvent() {
		String no = "3301062026" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
		// raw: signed event bytes, the signature is over this exact text
		String body = """
				{"specversion":"1.0","id":"%s","source":"/licensing-service","type":"cn.gov.tobacco.licensing.LicenseIssued",
				 "subject":"license/%s","time":"2026-12-05T08:00:00Z","datacontenttype":"application/json",
				 "data":{"licenseNo":"%s","status":"ACTIVE","businessName":"矩阵测试烟酒店","creditCode":"91330106MA2H3C7D5X",
				  "address":"杭州市西湖区矩阵路%s号","divisionCode":"330106","validFrom":"2026-01-05","validUntil":"2031-01-04",
				  "version":0,"jurisdiction":"330106"}}"""
			.formatted(UUID.randomUUID(), UUID.randomUUID(), no, Reports.unique());
		return new String[] { body, CloudEventSignature.sign(EVENTS_SECRET, body.getBytes(StandardCharsets.UTF_8)) };
	}

	static final class IntegrationTestSupportAccess extends IntegrationTestSupport {

		static String token(String user) {
			return tokenOf(user);
		}

		static MultipartBodyBuilder reportBody(Object json, byte[] photo, String filename) {
			return IntegrationTestSupport.report(json, photo, filename);
		}

	}

}
