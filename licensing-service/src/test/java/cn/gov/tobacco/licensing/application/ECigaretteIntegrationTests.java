package cn.gov.tobacco.licensing.application;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.ThirdParties;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.DecisionRequestDto;
import cn.gov.tobacco.licensing.api.model.ECigarettePlanDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.licensing.api.model.PremisesKindDto;
import cn.gov.tobacco.licensing.api.model.RevocationRequestDto;
import cn.gov.tobacco.licensing.api.model.ScopeItemDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceKindDto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-cigarette retail (issue 18): the scope items, the e-cigarette layout plan's rules
 * (quota, school distance, premises kinds) shown as checks and enforced on approval, the
 * quota under two concurrent approvals, and the trading platform's account requests.
 */
@LicensingIntegrationTest
class ECigaretteIntegrationTests {

	static final String DISTRICT = "330106";

	static final String PLATFORM = "/ecig-platform/v1/account-events";

	@Autowired
	WebTestClient http;

	JsonMapper json = JsonMapper.builder().build();

	@Test
	void anECigaretteApplicationIsApprovedPrintedAndTheTradingPlatformAsked() {
		Fixtures fx = new Fixtures(this.http);
		plan(fx, null, 100, "SELF_SERVICE");
		String id = submitted(fx, List.of(ScopeItemDto.CIGARETTE, ScopeItemDto.E_CIGARETTE), null, randomSpot());
		assertThat(fx.read("retailer.xihu", id).get("items").toString()).isEqualTo("[\"CIGARETTE\",\"E_CIGARETTE\"]");

		JsonNode quota = fx.check(id, "ECIG_QUOTA");
		assertThat(quota.get("passed").asBoolean()).isTrue();
		assertThat(quota.get("detail").asString()).contains("未设定电子烟零售点数量上限");
		assertThat(fx.check(id, "ECIG_QUOTA", "en").get("detail").asString())
			.contains("No quantity limit for e-cigarette outlets");
		assertThat(fx.check(id, "ECIG_SCHOOL_DISTANCE").get("passed").asBoolean()).isTrue();
		JsonNode kind = fx.check(id, "ECIG_PREMISES_KIND", "en");
		assertThat(kind.get("passed").asBoolean()).isTrue();
		assertThat(kind.get("detail").asString()).isEqualTo("Premises kind: shop");

		review(fx, id);
		approve(fx, id).expectStatus().isOk();
		String licenseNo = fx.read("retailer.xihu", id).get("licenseNo").asString();
		JsonNode license = fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(license.get("items").toString()).isEqualTo("[\"CIGARETTE\",\"E_CIGARETTE\"]");

		JsonNode event = this.json.readTree(delivered(licenseNo, "ECigaretteAccountRequested").getBody());
		assertThat(event.get("data").get("licenseNo").asString()).isEqualTo(licenseNo);
		assertThat(event.get("data").get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void aCigaretteOnlyApplicationHasNoECigaretteChecksAndNoPlatformAccount() {
		Fixtures fx = new Fixtures(this.http);
		String id = fx.submittedNew("retailer.xihu", DISTRICT).get("id").asString();
		JsonNode checks = checks(fx, id);
		assertThat(checks.findValuesAsString("code")).doesNotContain("ECIG_QUOTA", "ECIG_SCHOOL_DISTANCE",
				"ECIG_PREMISES_KIND");
		review(fx, id);
		approve(fx, id).expectStatus().isOk();
		String licenseNo = fx.read("retailer.xihu", id).get("licenseNo").asString();
		assertThat(fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("items")
			.toString()).isEqualTo("[\"CIGARETTE\"]");
	}

	@Test
	void aFullQuotaRefusesTheApprovalWithTheQuotaAndTheCount() {
		Fixtures fx = new Fixtures(this.http);
		plan(fx, null, 100, "SELF_SERVICE");
		String id = submitted(fx, List.of(ScopeItemDto.E_CIGARETTE), null, randomSpot());
		long count = fx.check(id, "ECIG_QUOTA").get("measured").asLong();
		plan(fx, (int) count, 100, "SELF_SERVICE");

		JsonNode quota = fx.check(id, "ECIG_QUOTA");
		assertThat(quota.get("passed").asBoolean()).isFalse();
		assertThat(quota.get("limit").asLong()).isEqualTo(count);
		assertThat(quota.get("detail").asString())
			.isEqualTo("本区（330106）电子烟零售点数量上限 " + count + " 个，现有 " + count + " 个，已满");
		review(fx, id);
		approve(fx, id).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.check")
			.isEqualTo("ECIG_QUOTA")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("数量上限 " + count + " 个，现有 " + count + " 个"));
		// nothing was written: the application is still under review, without a license
		JsonNode after = fx.read("retailer.xihu", id);
		assertThat(after.get("state").asString()).isEqualTo("UNDER_REVIEW");
		assertThat(after.has("licenseNo")).isFalse();
		// the approver refuses it with a reason
		fx.act("approver", id, "decision",
				(v) -> new DecisionRequestDto().version(v)
					.outcome(DecisionRequestDto.OutcomeEnum.REFUSED)
					.reason("本区电子烟零售点数量已满"))
			.expectStatus()
			.isOk();
	}

	@Test
	void premisesTooNearAVocationalSchoolAreRefused() {
		Fixtures fx = new Fixtures(this.http);
		plan(fx, null, 150, "SELF_SERVICE");
		double[] spot = randomSpot();
		// a vocational school about 50 m north
		fx.send("admin", "POST", "/api/licensing/admin/sensitive-places", new SensitivePlaceDto(
				SensitivePlaceKindDto.VOCATIONAL_SCHOOL, "测试职业学校", "330106", spot[0] + 0.00045, spot[1]))
			.expectStatus()
			.isCreated();
		String id = submitted(fx, List.of(ScopeItemDto.E_CIGARETTE), null, spot);
		JsonNode school = fx.check(id, "ECIG_SCHOOL_DISTANCE");
		assertThat(school.get("passed").asBoolean()).isFalse();
		assertThat(school.get("measured").asDouble()).isBetween(45.0, 55.0);
		assertThat(school.get("limit").asDouble()).isEqualTo(150.0);
		assertThat(school.get("detail").asString()).contains("测试职业学校（中等职业学校）").contains("150 米");
		assertThat(fx.check(id, "ECIG_SCHOOL_DISTANCE", "en").get("detail").asString()).contains("(vocational school)")
			.contains("at least 150 m");
		review(fx, id);
		approve(fx, id).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.check")
			.isEqualTo("ECIG_SCHOOL_DISTANCE");
	}

	@Test
	void aSelfServicePointAndAKindThePlanListsAreNeverLicensed() {
		Fixtures fx = new Fixtures(this.http);
		plan(fx, null, 100, "MARKET_STALL");
		String vending = submitted(fx, List.of(ScopeItemDto.E_CIGARETTE), "SELF_SERVICE", randomSpot());
		JsonNode kind = fx.check(vending, "ECIG_PREMISES_KIND");
		assertThat(kind.get("passed").asBoolean()).isFalse();
		assertThat(kind.get("detail").asString()).isEqualTo("经营场所类型为自助售卖、自动售货点，电子烟零售点布局规划不予许可");
		review(fx, vending);
		approve(fx, vending).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.check")
			.isEqualTo("ECIG_PREMISES_KIND");

		String stall = submitted(fx, List.of(ScopeItemDto.CIGARETTE, ScopeItemDto.E_CIGARETTE), "MARKET_STALL",
				randomSpot());
		review(fx, stall);
		approve(fx, stall).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.check")
			.isEqualTo("ECIG_PREMISES_KIND");
	}

	@Test
	void twoConcurrentApprovalsForTheLastPlaceGiveExactlyOneLicense() {
		Fixtures fx = new Fixtures(this.http);
		plan(fx, null, 100, "SELF_SERVICE");
		String first = submitted(fx, List.of(ScopeItemDto.E_CIGARETTE), null, randomSpot());
		String second = submitted(fx, List.of(ScopeItemDto.E_CIGARETTE), null, randomSpot());
		long count = fx.check(first, "ECIG_QUOTA").get("measured").asLong();
		plan(fx, (int) count + 1, 100, "SELF_SERVICE");
		review(fx, first);
		review(fx, second);
		long v1 = fx.read("approver", first).get("version").asLong();
		long v2 = fx.read("approver", second).get("version").asLong();
		String token = DemoUsers.token("approver");

		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> decide(token, first, v1));
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> decide(token, second, v2));
		List<Integer> statuses = List.of(a.join(), b.join());

		assertThat(statuses).containsExactlyInAnyOrder(200, 422);
		long approved = List.of(first, second)
			.stream()
			.filter((id) -> "APPROVED".equals(fx.read("retailer.xihu", id).get("state").asString()))
			.count();
		assertThat(approved).isEqualTo(1);
	}

	@Test
	void theAccountIsFrozenOnSuspensionAndOnRevocationRetriedAfterAFailure() {
		Fixtures fx = new Fixtures(this.http);
		plan(fx, null, 100, "SELF_SERVICE");
		String suspended = approvedECigarette(fx);
		LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		String suspension = fx.create("retailer.xihu", Fixtures.suspension(suspended, from, from.plusMonths(2)))
			.get("id")
			.asString();
		fx.upload("retailer.xihu", suspension, "ID_CARD");
		fx.act("retailer.xihu", suspension, "submission").expectStatus().isOk();
		review(fx, suspension);
		approve(fx, suspension).expectStatus().isOk();
		JsonNode frozen = this.json.readTree(delivered(suspended, "ECigaretteAccountFrozen").getBody());
		assertThat(frozen.get("data").get("status").asString()).isEqualTo("SUSPENDED");

		// the platform fails once for the next license; the outbox retries, the
		// revocation
		// itself is not held up
		String revoked = approvedECigarette(fx);
		ThirdParties.server()
			.stubFor(post(urlPathEqualTo(PLATFORM)).atPriority(1)
				.withRequestBody(containing(revoked))
				.withRequestBody(containing("ECigaretteAccountFrozen"))
				.inScenario("platform-down-" + revoked)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(503))
				.willSetStateTo("up"));
		fx.send("approver", "POST", "/api/licensing/licenses/" + revoked + "/revocation",
				new RevocationRequestDto("向未成年人销售电子烟").fraud(false))
			.expectStatus()
			.isOk();
		List<LoggedRequest> attempts = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> deliveries(revoked, "ECigaretteAccountFrozen"), (list) -> list.size() >= 2);
		// the same event, delivered again
		assertThat(this.json.readTree(attempts.get(0).getBody()).get("id").asString())
			.isEqualTo(this.json.readTree(attempts.get(1).getBody()).get("id").asString());
		assertThat(this.json.readTree(attempts.get(1).getBody()).get("data").get("status").asString())
			.isEqualTo("REVOKED");
	}

	@Test
	void itemsOnATypeThatCannotAskForThemAreRefused() {
		Fixtures fx = new Fixtures(this.http);
		String licenseNo = fx.approvedNew("retailer.xihu");
		fx.send("retailer.xihu", "POST", "/api/licensing/applications",
				Fixtures.tied(ApplicationTypeDto.RENEWAL, licenseNo).addItemsItem(ScopeItemDto.E_CIGARETTE))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("items");
	}

	@Test
	void theQueueFiltersByItem() {
		Fixtures fx = new Fixtures(this.http);
		plan(fx, null, 100, "SELF_SERVICE");
		String eCigarette = fx
			.read("retailer.xihu", submitted(fx, List.of(ScopeItemDto.E_CIGARETTE), null, randomSpot()))
			.get("number")
			.asString();
		String cigarette = fx.submittedNew("retailer.xihu", DISTRICT).get("number").asString();
		assertThat(queue(fx, "E_CIGARETTE", eCigarette).get("total").asLong()).isEqualTo(1);
		assertThat(queue(fx, "E_CIGARETTE", eCigarette).get("items").get(0).get("items").toString())
			.isEqualTo("[\"E_CIGARETTE\"]");
		assertThat(queue(fx, "E_CIGARETTE", cigarette).get("total").asLong()).isZero();
		assertThat(queue(fx, "CIGARETTE", cigarette).get("total").asLong()).isEqualTo(1);
		assertThat(queue(fx, "CIGARETTE", eCigarette).get("total").asLong()).isZero();
		fx.send("clerk.xihu", "GET", "/api/licensing/queue?item=CIGAR", null).expectStatus().isBadRequest();
	}

	static JsonNode queue(Fixtures fx, String item, String number) {
		return fx.send("clerk.xihu", "GET", "/api/licensing/queue?item=" + item + "&q=" + number, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void thePlanKeepsItsHistory() {
		Fixtures fx = new Fixtures(this.http);
		plan(fx, 7, 120, "SUPERMARKET");
		plan(fx, 8, 130, "SELF_SERVICE");
		JsonNode history = fx
			.send("clerk.xihu", "GET", "/api/licensing/admin/jurisdictions/330106/e-cigarette-plan/history", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(history.get(0).get("version").asInt()).isEqualTo(history.get(1).get("version").asInt() + 1);
		assertThat(history.get(0).get("maxOutletsPerDistrict").asInt()).isEqualTo(8);
		assertThat(history.get(1).get("maxOutletsPerDistrict").asInt()).isEqualTo(7);
		assertThat(history.get(1).get("neverLicensedKinds").toString()).contains("SELF_SERVICE")
			.contains("SUPERMARKET");
		assertThat(history.get(0).get("updatedBy").asString()).isNotBlank();
		// the city inherits the province's plan; a district without its own plan the
		// city's
		fx.send("clerk.xihu", "GET", "/api/licensing/admin/jurisdictions/330106/e-cigarette-plan", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(history.get(0).get("version").asInt())
			.jsonPath("$.schoolDistanceMetres")
			.isEqualTo(130);
	}

	private String approvedECigarette(Fixtures fx) {
		String id = submitted(fx, List.of(ScopeItemDto.E_CIGARETTE), null, randomSpot());
		review(fx, id);
		approve(fx, id).expectStatus().isOk();
		return fx.read("retailer.xihu", id).get("licenseNo").asString();
	}

	private int decide(String token, String id, long version) {
		return this.http.post()
			.uri("/api/licensing/applications/" + id + "/decision")
			.headers((h) -> h.setBearerAuth(token))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(new DecisionRequestDto(version, DecisionRequestDto.OutcomeEnum.APPROVED, "符合条件"))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	static double[] randomSpot() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return new double[] { 30.0 + r.nextDouble() * 0.5, 119.8 + r.nextDouble() * 0.6 };
	}

	static void plan(Fixtures fx, Integer max, int distance, String... kinds) {
		fx.send("admin", "PUT", "/api/licensing/admin/jurisdictions/" + DISTRICT + "/e-cigarette-plan",
				new ECigarettePlanDto("西湖区电子烟零售点布局规划", distance).maxOutletsPerDistrict(max)
					.neverLicensedKinds(Stream.of(kinds)
						.map(PremisesKindDto::fromValue)
						.collect(Collectors.toCollection(LinkedHashSet::new)))
					.reason("测试"))
			.expectStatus()
			.isOk();
	}

	static String submitted(Fixtures fx, List<ScopeItemDto> items, String premisesKind, double[] spot) {
		ApplicationDraftDto draft = new ApplicationDraftDto(ApplicationTypeDto.NEW)
			.businessName("电子烟测试店" + ThreadLocalRandom.current().nextInt(100000))
			.creditCode(Fixtures.creditCode())
			.operatorName("李四")
			.operatorIdNumber(Fixtures.residentId())
			.mobile("13812345678")
			.businessScope("电子烟零售")
			.items(new LinkedHashSet<>(items))
			.premisesKind((premisesKind != null) ? PremisesKindDto.fromValue(premisesKind) : null)
			.premises(new PremisesDto().address("杭州市西湖区测试路 8 号")
				.divisionCode("330106")
				.latitude(spot[0])
				.longitude(spot[1]));
		String id = fx.create("retailer.xihu", draft).get("id").asString();
		fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		return id;
	}

	static void review(Fixtures fx, String id) {
		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		fx.act("clerk.xihu", id, "review").expectStatus().isOk();
	}

	static WebTestClient.ResponseSpec approve(Fixtures fx, String id) {
		return fx.approve("approver", id, "符合条件");
	}

	static JsonNode checks(Fixtures fx, String id) {
		return fx.send("clerk.xihu", "GET", "/api/licensing/applications/" + id + "/checks", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	static LoggedRequest delivered(String licenseNo, String type) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> deliveries(licenseNo, type), (list) -> !list.isEmpty())
			.get(0);
	}

	static List<LoggedRequest> deliveries(String licenseNo, String type) {
		return ThirdParties.server()
			.findAll(postRequestedFor(urlPathEqualTo(PLATFORM)))
			.stream()
			.filter((r) -> r.getBodyAsString().contains("\"" + licenseNo + "\"")
					&& r.getBodyAsString().contains("." + type + "\""))
			.toList();
	}

}
