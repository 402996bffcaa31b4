package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CreditEventDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class CreditRecordsIntegrationTests {

	private static final String EVENTS = "/api/licensing/internal/credit-events";

	@Autowired
	WebTestClient http;

	@Test
	void aSubstantiatedReportFromTheComplaintsServiceLowersTheGradeOnce() {
		Fixtures fx = new Fixtures(this.http);
		String licenseNo = fx.approvedNew("retailer.xihu");
		JsonNode before = profile(fx);
		String eventId = UUID.randomUUID().toString();
		CreditEventDto event = event(eventId, CreditEventDto.KindEnum.SUBSTANTIATED_REPORT, licenseNo);

		JsonNode first = service(event).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(first.get("kind").asString()).isEqualTo("SUBSTANTIATED_REPORT");
		service(event).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(first.get("id").asString());

		JsonNode after = profile(fx);
		assertThat(after.get("score").asInt()).isEqualTo(before.get("score").asInt() - 10);
		assertThat(after.get("records").size()).isEqualTo(before.get("records").size() + 1);
		JsonNode last = null;
		for (JsonNode r : after.get("records")) {
			if (r.get("id").asString().equals(first.get("id").asString())) {
				last = r;
			}
		}
		assertThat(last).isNotNull();
		assertThat(last.get("source").asString()).isEqualTo("event:" + eventId);
		assertThat(last.get("counts").asBoolean()).isTrue();
		assertThat(after.get("rule").asString()).contains("查实举报 −10");
	}

	@Test
	void aPenaltyCountsTwentyAndStaffSeeTheInspectionFrequency() {
		Fixtures fx = new Fixtures(this.http);
		String licenseNo = fx.approvedNew("retailer.xihu");
		int before = profile(fx).get("score").asInt();
		service(event(UUID.randomUUID().toString(), CreditEventDto.KindEnum.PENALTY, licenseNo)).expectStatus()
			.isCreated();
		JsonNode after = profile(fx);
		assertThat(after.get("score").asInt()).isEqualTo(before - 20);
		String grade = after.get("grade").asString();
		int perYear = switch (grade) {
			case "A" -> 1;
			case "B" -> 2;
			case "C" -> 4;
			default -> 12;
		};
		fx.send("clerk.xihu", "GET", "/api/licensing/credit/profiles/retailer.xihu", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.grade")
			.isEqualTo(grade)
			.jsonPath("$.inspectionsPerYear")
			.isEqualTo(perYear);
	}

	@Test
	void theRefusals() {
		Fixtures fx = new Fixtures(this.http);
		fx.send("retailer.xihu", "POST", EVENTS,
				event(UUID.randomUUID().toString(), CreditEventDto.KindEnum.PENALTY, "330106202600001"))
			.expectStatus()
			.isForbidden();
		service(event(UUID.randomUUID().toString(), CreditEventDto.KindEnum.PENALTY, "999999209900001")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/business-rule");
		// raw: BREACH is no kind a sender may send, so the generated type cannot carry it
		service("{\"eventId\":\"%s\",\"kind\":\"BREACH\",\"licenseNo\":\"999999209900001\",\"reason\":\"12313 举报查实：向未成年人售烟\",\"occurredOn\":\"%s\"}"
			.formatted(UUID.randomUUID(), LocalDate.now())).expectStatus().isBadRequest();
		fx.send("retailer.xihu", "GET", "/api/licensing/credit/profiles/retailer.xihu", null)
			.expectStatus()
			.isForbidden();
		fx.send("clerk.xihu", "GET", "/api/licensing/credit/profiles/nobody-" + UUID.randomUUID(), null)
			.expectStatus()
			.isNotFound();
		fx.send("clerk.xihu", "GET", "/api/licensing/credit/profile", null).expectStatus().isForbidden();
	}

	@Test
	void theProfileIsInTheReadersLanguageTheRuleAndEveryReason() {
		Fixtures fx = new Fixtures(this.http);
		String licenseNo = fx.approvedNew("retailer.xihu");
		String both = UUID.randomUUID().toString();
		service(new CreditEventDto().eventId(both)
			.kind(CreditEventDto.KindEnum.SUBSTANTIATED_REPORT)
			.licenseNo(licenseNo)
			.reason("12313 举报查证属实（案件 C1，向未成年人售烟）")
			.reasonEn("Substantiated 12313 report (case C1, sales to minors)")
			.occurredOn(LocalDate.now())).expectStatus().isCreated();
		String onlyChinese = UUID.randomUUID().toString();
		service(event(onlyChinese, CreditEventDto.KindEnum.PENALTY, licenseNo)).expectStatus().isCreated();

		JsonNode en = fx.get("retailer.xihu", "/api/licensing/credit/profile", "en-US,en;q=0.9");
		assertThat(en.get("rule").asString()).contains("substantiated report −10").doesNotContain("查实举报");
		assertThat(reasonOf(en, both)).isEqualTo("Substantiated 12313 report (case C1, sales to minors)");
		// a writer that kept only the Chinese: every reader sees the Chinese
		assertThat(reasonOf(en, onlyChinese)).isEqualTo("12313 举报查实：向未成年人售烟");

		JsonNode zh = fx.get("retailer.xihu", "/api/licensing/credit/profile", "zh-CN");
		assertThat(zh.get("rule").asString()).contains("查实举报 −10").doesNotContain("substantiated");
		assertThat(reasonOf(zh, both)).isEqualTo("12313 举报查证属实（案件 C1，向未成年人售烟）");

		JsonNode staff = fx.get("clerk.xihu", "/api/licensing/credit/profiles/" + zh.get("subject").asString(), "en");
		assertThat(reasonOf(staff, both)).startsWith("Substantiated 12313 report");
	}

	private static String reasonOf(JsonNode profile, String eventId) {
		for (JsonNode r : profile.get("records")) {
			if (("event:" + eventId).equals(r.get("source").asString())) {
				return r.get("reason").asString();
			}
		}
		throw new AssertionError("no record from " + eventId + " in " + profile);
	}

	private static JsonNode profile(Fixtures fx) {
		return fx.send("retailer.xihu", "GET", "/api/licensing/credit/profile", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Posts a {@link CreditEventDto}, or a raw JSON string for input the contract
	 * refuses.
	 */
	private WebTestClient.ResponseSpec service(Object body) {
		return new Fixtures(this.http).creditEvent(body);
	}

	private static CreditEventDto event(String id, CreditEventDto.KindEnum kind, String licenseNo) {
		return new CreditEventDto().eventId(id)
			.kind(kind)
			.licenseNo(licenseNo)
			.reason("12313 举报查实：向未成年人售烟")
			.occurredOn(LocalDate.now());
	}

}
