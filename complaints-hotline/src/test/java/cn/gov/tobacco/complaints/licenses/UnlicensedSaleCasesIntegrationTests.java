package cn.gov.tobacco.complaints.licenses;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.workflow.CaseApi;
import cn.gov.tobacco.platform.outbox.CloudEventSignature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Licensing's {@code SupervisionUnlicensedSaleFound} (an inspector found a shop selling
 * without a valid license) opens one 12313 case for the shop's district, through the
 * normal intake: REPORT, UNLICENSED, channel INSPECTION, audited, in the case's history
 * as a market inspection, never with the inspector's name.
 */
class UnlicensedSaleCasesIntegrationTests extends IntegrationTestSupport {

	@Autowired
	DatabaseClient db;

	@Test
	void anUnlicensedSaleFoundByAnInspectionIsOneCaseOfTheDistrictHoweverOftenItArrives() {
		String id = UUID.randomUUID().toString();
		String address = "西湖区无名路 " + ThreadLocalRandom.current().nextInt(10000, 99999) + " 号";
		String body = event(id, "330106", address, null, "FORGED");
		send(body).expectStatus().isNoContent();
		send(body).expectStatus().isNoContent();

		assertThat(count("SELECT count(*) FROM cases WHERE external_ref = 'licensing:" + id + "'")).isEqualTo(1);
		UUID caseId = this.db.sql("SELECT id FROM cases WHERE external_ref = :ref")
			.bind("ref", "licensing:" + id)
			.map((row, meta) -> row.get("id", UUID.class))
			.one()
			.block();
		JsonNode view = new CaseApi(client()).getJson("supervisor", "/api/complaints/cases/{id}", caseId);
		assertThat(view.at("/summary/kind").asString()).isEqualTo("REPORT");
		assertThat(view.at("/summary/category").asString()).isEqualTo("UNLICENSED");
		assertThat(view.at("/summary/channel").asString()).isEqualTo("INSPECTION");
		assertThat(view.at("/summary/divisionCode").asString()).isEqualTo("330106");
		assertThat(view.at("/summary/state").asString()).isEqualTo("RECEIVED");
		assertThat(view.get("description").asString()).contains(address).contains("伪造").contains("无证经营");
		assertThat(view.at("/history/0/actor").asString()).contains("市场检查");
		assertThat(view.toString()).doesNotContain("inspector");
		// the case is audited like any intake, by the neutral actor
		assertThat(count("SELECT count(*) FROM audit_log WHERE aggregate_id = '" + caseId
				+ "' AND action = 'FILED' AND actor = 'inspection'"))
			.isEqualTo(1);
		// in the district, with the deadline of the category
		assertThat(count("SELECT count(*) FROM cases WHERE id = '" + caseId + "' AND district_code = '330106' "
				+ "AND acknowledge_due_at > received_at"))
			.isEqualTo(1);
	}

	@Test
	void aShopShowingARevokedLicenseGetsTheLicenseNumberOnItsCase() {
		String id = UUID.randomUUID().toString();
		String no = "330102" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
		send(event(id, "330102", "", no, "REVOKED")).expectStatus().isNoContent();
		JsonNode view = new CaseApi(client()).getJson("supervisor", "/api/complaints/cases/{id}",
				this.db.sql("SELECT id FROM cases WHERE external_ref = :ref")
					.bind("ref", "licensing:" + id)
					.map((row, meta) -> row.get("id", UUID.class))
					.one()
					.block());
		assertThat(view.at("/summary/divisionCode").asString()).isEqualTo("330102");
		assertThat(view.get("description").asString()).contains(no).contains("撤销");
	}

	@Test
	void aMalformedFindingIsAProblemAndOpensNothing() {
		String id = UUID.randomUUID().toString();
		send(event(id, "33010", "西湖区某路 1 号", null, null)).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		send(event(id, "330106", "西湖区某路 1 号", null, "MAYBE")).expectStatus().isBadRequest();
		send(event(id, "330106", "西湖区某路 1 号", "12345", null)).expectStatus().isBadRequest();
		assertThat(count("SELECT count(*) FROM received_event WHERE id = '" + id + "'")).isZero();
		assertThat(count("SELECT count(*) FROM cases WHERE external_ref = 'licensing:" + id + "'")).isZero();
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
	}

	/** The event as licensing's outbox writes it (see VisitRecording). */
	private static String event(String id, String division, String address, String licenseNo, String verdict) {
		// raw: signed event bytes, the signature is over this exact text
		return """
				{"specversion":"1.0","id":"%s","source":"/licensing-service",
				 "type":"cn.gov.tobacco.licensing.SupervisionUnlicensedSaleFound",
				 "subject":"inspection_visit/%s","time":"2026-12-05T08:00:00Z","datacontenttype":"application/json",
				 "data":{"visitId":"%s","divisionCode":"%s","address":"%s","licenseNo":%s,"scanVerdict":%s,
				  "foundOn":"2026-12-05","latitude":30.28,"longitude":120.11,"summary":null}}""".formatted(id,
				UUID.randomUUID(), UUID.randomUUID(), division, address,
				(licenseNo != null) ? "\"" + licenseNo + "\"" : "null",
				(verdict != null) ? "\"" + verdict + "\"" : "null");
	}

	private WebTestClient.ResponseSpec send(String body) {
		return post(body, CloudEventSignature.sign(LicenseDirectoryIntegrationTests.SECRET,
				body.getBytes(StandardCharsets.UTF_8)));
	}

	private WebTestClient.ResponseSpec post(String body, String signature) {
		return client().post()
			.uri("/api/complaints/internal/events")
			.contentType(MediaType.parseMediaType("application/cloudevents+json"))
			.header(CloudEventSignature.HEADER, signature)
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

}
