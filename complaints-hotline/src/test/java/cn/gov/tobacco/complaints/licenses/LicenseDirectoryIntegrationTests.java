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
import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.workflow.CaseApi;
import cn.gov.tobacco.platform.outbox.CloudEventSignature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Licensing's license events (signed CloudEvents) keep the license directory; agents and
 * handlers see at once whether a reported retailer or address holds an active license,
 * and the duplicate and credit rules use the matched license number.
 */
class LicenseDirectoryIntegrationTests extends IntegrationTestSupport {

	/** The secret the test profile shares with "licensing" (the local default). */
	static final String SECRET = "local-license-events-secret";

	@Autowired
	DatabaseClient db;

	@Test
	void aReportedRetailerWithAnActiveLicenseIsShownLicensedAndLaterRevoked() {
		String no = licenseNo();
		String street = "保俶路" + ThreadLocalRandom.current().nextInt(10000, 99999) + "号";
		String name = "保俶烟酒店" + Reports.unique();
		send(event(UUID.randomUUID().toString(), "LicenseIssued", no, name, "杭州市西湖区" + street, "ACTIVE", 0))
			.expectStatus()
			.isNoContent();

		CaseApi api = new CaseApi(client());
		JsonNode filed = api.logCall("agent", call("UNLICENSED", street + " 门店", null));
		assertThat(filed.at("/licenseCheck/result").asString()).isEqualTo("LICENSED");
		assertThat(filed.at("/licenseCheck/licenseNo").asString()).isEqualTo(no);
		assertThat(filed.at("/licenseCheck/matchedBy").asString()).isEqualTo("ADDRESS");
		assertThat(filed.at("/licenseCheck/statusLabel").asString()).isEqualTo("有效");
		String caseId = filed.get("caseId").asString();

		send(event(UUID.randomUUID().toString(), "LicenseRevoked", no, name, "杭州市西湖区" + street, "REVOKED", 3))
			.expectStatus()
			.isNoContent();
		JsonNode view = api.getJson("supervisor", "/api/complaints/cases/{id}", caseId);
		assertThat(view.get("licenseNo").asString()).isEqualTo(no);
		assertThat(view.at("/licenseCheck/result").asString()).isEqualTo("NOT_ACTIVE");
		assertThat(view.at("/licenseCheck/statusLabel").asString()).isEqualTo("已撤销");

		// an older event arriving late changes nothing
		send(event(UUID.randomUUID().toString(), "LicenseResumed", no, name, "杭州市西湖区" + street, "ACTIVE", 2))
			.expectStatus()
			.isNoContent();
		assertThat(
				api.getJson("supervisor", "/api/complaints/cases/{id}", caseId).at("/licenseCheck/result").asString())
			.isEqualTo("NOT_ACTIVE");
	}

	@Test
	void aReportedRetailerTheDirectoryDoesNotKnowIsSuspectedUnlicensed() {
		JsonNode filed = new CaseApi(client()).logCall("agent",
				call("UNLICENSED", "无名路" + Reports.unique() + "号 小卖部", "无名小卖部" + Reports.unique()));
		assertThat(filed.at("/licenseCheck/result").asString()).isEqualTo("NO_LICENSE_FOUND");
		assertThat(filed.at("/licenseCheck/resultLabel").asString()).contains("疑似无证经营");
	}

	@Test
	void twoReportsNamingTheSameLicenseDifferentlyAreOneCase() {
		String no = licenseNo();
		String street = "北山街" + ThreadLocalRandom.current().nextInt(10000, 99999) + "号";
		String name = "北山便利店" + Reports.unique();
		send(event(UUID.randomUUID().toString(), "LicenseIssued", no, name, "杭州市西湖区" + street, "ACTIVE", 0))
			.expectStatus()
			.isNoContent();
		CaseApi api = new CaseApi(client());
		// one names the shop, the other only its address: the same license
		JsonNode first = api.logCall("agent", call("COUNTERFEIT", "西湖边一家店" + Reports.unique(), name));
		JsonNode second = api.logCall("agent", call("COUNTERFEIT", street + " 店里", null));
		assertThat(first.at("/licenseCheck/licenseNo").asString()).isEqualTo(no);
		assertThat(second.at("/licenseCheck/licenseNo").asString()).isEqualTo(no);
		assertThat(second.get("linkedCaseNumber").asString()).isEqualTo(first.get("caseNumber").asString());
	}

	@Test
	void aSubstantiatedAnswerUsesTheMatchedLicenseForTheCreditEvent() {
		String no = licenseNo();
		String name = "灵隐商店" + Reports.unique();
		send(event(UUID.randomUUID().toString(), "LicenseIssued", no, name, "杭州市西湖区灵隐路 1 号", "ACTIVE", 0))
			.expectStatus()
			.isNoContent();
		CaseApi api = new CaseApi(client());
		String id = api.logCall("agent", call("COUNTERFEIT", "灵隐寺附近" + Reports.unique(), name))
			.get("caseId")
			.asString();
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		api.act("handler.xihu", id, CaseActionDto.START);
		JsonNode answered = api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("经查属实，已立案查处。")
					.outcome(OutcomeDto.SUBSTANTIATED));
		assertThat(answered.get("licenseNo").asString()).isEqualTo(no);
		String payload = this.db
			.sql("SELECT payload FROM outbox WHERE aggregate_id = :id AND event_type = 'credit.substantiated-report'")
			.bind("id", UUID.fromString(id))
			.map((row, meta) -> row.get("payload", String.class))
			.one()
			.block();
		assertThat(payload).contains("\"licenseNo\":\"" + no + "\"");
	}

	@Test
	void aRedeliveryIsAcknowledgedAndABadSignatureOrAForeignEventIsRefused() {
		String no = licenseNo();
		String id = UUID.randomUUID().toString();
		String body = event(id, "LicenseIssued", no, "重投商店", "杭州市西湖区重投路 8 号", "ACTIVE", 0);
		send(body).expectStatus().isNoContent();
		send(body).expectStatus().isNoContent();
		assertThat(this.db.sql("SELECT count(*) FROM received_event WHERE id = :id")
			.bind("id", id)
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(1L);

		String other = event(UUID.randomUUID().toString(), "LicenseIssued", licenseNo(), "冒名商店", "杭州市西湖区冒名路 1 号",
				"ACTIVE", 0);
		post(other, CloudEventSignature.sign("not-the-shared-secret", other.getBytes(StandardCharsets.UTF_8)))
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		post(other, null).expectStatus().isUnauthorized();
		send(other.replace("LicenseIssued", "ApplicationSubmitted")).expectStatus().isEqualTo(422);
		// raw: malformed JSON
		send("{\"specversion\":\"1.0\"").expectStatus().isBadRequest();
		send(other.replace("\"ACTIVE\"", "\"SOLD\"")).expectStatus().isBadRequest();
	}

	private static String licenseNo() {
		return "330106" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
	}

	private static NewCallDto call(String category, String address, String retailer) {
		return new NewCallDto(CaseKindDto.REPORT, category, new AddressDto("330106", address),
				"来电称该店长期销售卷烟，未见悬挂烟草专卖零售许可证。")
			.retailerName(retailer);
	}

	private static String event(String id, String type, String no, String name, String address, String status,
			long version) {
		// raw: signed event bytes, the signature is over this exact text
		return """
				{"specversion":"1.0","id":"%s","source":"/licensing-service","type":"cn.gov.tobacco.licensing.%s",
				 "subject":"license/%s","time":"2026-12-05T08:00:00Z","datacontenttype":"application/json",
				 "data":{"licenseNo":"%s","status":"%s","businessName":"%s","creditCode":"91330106MA2H3C7D5X",
				  "address":"%s","divisionCode":"330106","validFrom":"2026-01-05","validUntil":"2031-01-04",
				  "version":%d,"jurisdiction":"330106"}}""".formatted(id, type, UUID.randomUUID(), no, status, name,
				address, version);
	}

	private WebTestClient.ResponseSpec send(String body) {
		return post(body, CloudEventSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
	}

	private WebTestClient.ResponseSpec post(String body, String signature) {
		return client().post()
			.uri("/api/complaints/internal/events")
			.contentType(MediaType.parseMediaType("application/cloudevents+json"))
			.headers((h) -> {
				if (signature != null) {
					h.set(CloudEventSignature.HEADER, signature);
				}
			})
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

}
