package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CreditCodeOverrideRequestDto;
import cn.gov.tobacco.licensing.deadlines.DeadlineJob;
import tools.jackson.databind.JsonNode;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md §4: "A clerk may override a legacy code that fails its check, with a reason."
 */
@LicensingIntegrationTest
class CreditCodeOverrideIntegrationTests {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	DeadlineJob deadlines;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
	}

	@Test
	void aCodeFailingItsCheckCharacterIsRefusedUnlessDeclaredLegacy() {
		String legacy = legacyCode();
		this.fx.send("retailer.xihu", "POST", "/api/licensing/applications", Fixtures.draft("330106", legacy))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("creditCode");
		String notEvenLegacy = legacy.substring(0, 17) + "I";
		this.fx.send("retailer.xihu", "POST", "/api/licensing/applications", declared(notEvenLegacy))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("creditCode");
		JsonNode created = this.fx.create("retailer.xihu", declared(legacy));
		assertThat(created.get("creditCode").asString()).isEqualTo(legacy);
		assertThat(created.get("creditCodeLegacy").asBoolean()).isTrue();
		assertThat(created.has("creditCodeOverride")).isFalse();
	}

	@Test
	void aLegacyCodeBlocksAcceptanceUntilAClerkOfTheJurisdictionOverridesItWithAReason() {
		String legacy = legacyCode();
		String id = submittedLegacy(legacy);
		assertThat(check(id).get("passed").asBoolean()).isFalse();
		this.fx.act("clerk.xihu", id, "acceptance")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/business-rule")
			.jsonPath("$.check")
			.isEqualTo("CREDIT_CODE")
			.jsonPath("$.errors[0].field")
			.isEqualTo("creditCode");

		CreditCodeOverrideRequestDto reason = new CreditCodeOverrideRequestDto("经市场监管部门登记系统核实，为 2015 年前赋码的旧版代码");
		override("retailer.xihu", id, reason, null).expectStatus().isForbidden();
		override("approver", id, reason, null).expectStatus().isForbidden();
		override("clerk.shangcheng", id, reason, null).expectStatus().isNotFound();
		override("clerk.xihu", id, new CreditCodeOverrideRequestDto(""), null).expectStatus().isBadRequest();
		override("clerk.xihu", UUID.randomUUID().toString(), reason, null).expectStatus().isNotFound();

		String key = UUID.randomUUID().toString();
		JsonNode overridden = override("clerk.xihu", id, reason, key).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "false")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(overridden.at("/creditCodeOverride/creditCode").asString()).isEqualTo(legacy);
		assertThat(overridden.at("/creditCodeOverride/overriddenBy").asString()).isEqualTo("clerk.xihu");
		assertThat(overridden.at("/creditCodeOverride/reason").asString()).contains("旧版代码");
		override("clerk.xihu", id, reason, key).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "true");
		override("clerk.xihu", id, reason, null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/conflict");

		JsonNode check = check(id);
		assertThat(check.get("passed").asBoolean()).isTrue();
		assertThat(check.get("detail").asString()).contains("clerk.xihu").contains("旧版代码");
		JsonNode ownView = this.fx.read("retailer.xihu", id);
		assertThat(ownView.at("/creditCodeOverride/reason").asString()).contains("旧版代码");
		assertThat(ownView.at("/creditCodeOverride").has("overriddenBy")).isFalse();

		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		this.fx.approve("approver", id, "旧版代码已核实").expectStatus().isOk();
		String licenseNo = this.fx.read("retailer.xihu", id).get("licenseNo").asString();
		this.fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.creditCode")
			.isEqualTo(legacy);
		this.fx.send("supervisor", "GET", "/api/licensing/applications/" + id + "/audit", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.action == 'CREDIT_CODE_OVERRIDDEN')].actor")
			.isEqualTo(List.of("clerk.xihu"));
		override("clerk.xihu", id, reason, null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
	}

	@Test
	void aLegacyCodeDeemedAcceptedStillBlocksTheApprovalUntilOverridden() {
		String id = submittedLegacy(legacyCode());
		this.db.sql("update application set acceptance_due = :d where id = :id")
			.bind("d", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1))
			.bind("id", UUID.fromString(id))
			.then()
			.block();
		this.deadlines.deemAccepted(LocalDate.now(ZoneId.of("Asia/Shanghai"))).block();
		assertThat(this.fx.read("clerk.xihu", id).get("state").asString()).isEqualTo("ACCEPTED");
		this.fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		this.fx.approve("approver", id, "符合条件")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.check")
			.isEqualTo("CREDIT_CODE");
		assertThat(this.fx.read("clerk.xihu", id).get("state").asString()).isEqualTo("UNDER_REVIEW");
		override("clerk.xihu", id, new CreditCodeOverrideRequestDto("登记机关出具旧版代码证明"), null).expectStatus().isOk();
		this.fx.approve("approver", id, "符合条件").expectStatus().isOk();
	}

	@Test
	void aCodeThatPassesItsCheckHasNothingToOverride() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		assertThat(check(id).get("passed").asBoolean()).isTrue();
		override("clerk.xihu", id, new CreditCodeOverrideRequestDto("无需"), null).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("creditCode");
	}

	private String submittedLegacy(String legacy) {
		String id = this.fx.create("retailer.xihu", declared(legacy)).get("id").asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("SUBMITTED");
		return id;
	}

	private WebTestClient.ResponseSpec override(String user, String id, CreditCodeOverrideRequestDto body, String key) {
		return this.http.post().uri("/api/licensing/applications/{id}/credit-code-override", id).headers((h) -> {
			h.setBearerAuth(DemoUsers.token(user));
			if (key != null) {
				h.set("Idempotency-Key", key);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private JsonNode check(String id) {
		return this.fx.check(id, "CREDIT_CODE");
	}

	/**
	 * A valid code with another check character: what a pre-2015 code looks like here.
	 */
	private static String legacyCode() {
		String valid = Fixtures.creditCode();
		char check = valid.charAt(17);
		char other = ALPHABET.charAt((ALPHABET.indexOf(check) + 1) % ALPHABET.length());
		return valid.substring(0, 17) + other;
	}

	private static ApplicationDraftDto declared(String code) {
		return Fixtures.draft("330106", code).creditCodeLegacy(true);
	}

}
