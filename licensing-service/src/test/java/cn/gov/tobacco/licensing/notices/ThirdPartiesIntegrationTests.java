package cn.gov.tobacco.licensing.notices;

import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.ThirdParties;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The SMS gateway and the business registry failing never block or lose the workflow. */
@LicensingIntegrationTest
class ThirdPartiesIntegrationTests {

	@Autowired
	WebTestClient http;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
	}

	@Test
	void aFailingSmsGatewayDoesNotBlockAcceptanceAndTheFailureIsVisibleToClerks() {
		String mobile = "1390000" + (1000 + (int) (Math.random() * 8999));
		ThirdParties.server()
			.stubFor(post(urlPathEqualTo("/v1/messages")).atPriority(1)
				.withRequestBody(containing(mobile))
				.willReturn(aResponse().withStatus(503)));
		String id = this.fx.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()).mobile(mobile))
			.get("id")
			.asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> notice(id, "clerk.xihu"), (n) -> n != null
					&& "FAILED".equals(n.get("deliveryStatus").asString()) && n.hasNonNull("lastError"));
		JsonNode seenByApplicant = notice(id, "retailer.xihu");
		assertThat(seenByApplicant.get("kind").asString()).isEqualTo("ACCEPTANCE");
		assertThat(seenByApplicant.hasNonNull("lastError")).isFalse();
		assertThat(this.fx.read("retailer.xihu", id).get("state").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void whileTheRegistryIsDownTheCheckStaysPendingAndIsRetried() {
		String code = Fixtures.creditCode();
		ThirdParties.server()
			.stubFor(get(urlPathEqualTo("/v1/business-licenses/" + code)).atPriority(1)
				.willReturn(aResponse().withStatus(503)));
		JsonNode draft = this.fx.create("retailer.xihu", Fixtures.draft("330106", code));
		String id = draft.get("id").asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.fx.read("retailer.xihu", id).at("/registryCheck"),
					(check) -> "PENDING".equals(check.get("status").asString()) && check.get("attempts").asInt() >= 2);
		assertThat(this.fx.read("retailer.xihu", id).get("state").asString()).isEqualTo("SUBMITTED");

		ThirdParties.server()
			.stubFor(get(urlPathEqualTo("/v1/business-licenses/" + code)).atPriority(1)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"status\":\"ACTIVE\",\"name\":\"另一家公司\"}")));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.fx.read("retailer.xihu", id).at("/registryCheck/status").asString(), "MISMATCH"::equals);
	}

	/** No exception class, host or port in what people read (issue 11, point 12). */
	static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern
		.compile("Exception|Error:|localhost|127\\.0\\.0\\.1|https?://|:\\d{2,5}\\b|finishConnect");

	@Test
	void aRegistryThatCannotBeReachedIsShownInPlainWords() {
		String code = Fixtures.creditCode();
		ThirdParties.server()
			.stubFor(get(urlPathEqualTo("/v1/business-licenses/" + code)).atPriority(1)
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		String id = this.fx.create("retailer.xihu", Fixtures.draft("330106", code)).get("id").asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		JsonNode check = await().atMost(Duration.ofSeconds(15))
			.until(() -> this.fx.read("retailer.xihu", id).at("/registryCheck"),
					(c) -> "PENDING".equals(c.get("status").asString()) && c.get("attempts").asInt() >= 1);
		assertThat(check.get("detail").asString()).contains("营业执照核验中").doesNotContainPattern(INTERNALS);
		assertThat(this.fx.check(id, "BUSINESS_REGISTRY").get("detail").asString()).doesNotContainPattern(INTERNALS)
			.contains("营业执照核验中")
			.doesNotContain("PENDING");
	}

	@Test
	void anSmsGatewayThatCannotBeReachedIsShownInPlainWords() {
		String mobile = "1370000" + (1000 + (int) (Math.random() * 8999));
		ThirdParties.server()
			.stubFor(post(urlPathEqualTo("/v1/messages")).atPriority(1)
				.withRequestBody(containing(mobile))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		String id = this.fx.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()).mobile(mobile))
			.get("id")
			.asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		JsonNode failed = await().atMost(Duration.ofSeconds(15))
			.until(() -> notice(id, "clerk.xihu"), (n) -> n != null && n.hasNonNull("lastError"));
		assertThat(failed.get("lastError").asString()).contains("短信网关").doesNotContainPattern(INTERNALS);
	}

	@Test
	void anSmsThatFailsTwiceIsDeliveredOnTheThirdTry() {
		String mobile = "1390001" + (1000 + (int) (Math.random() * 8999));
		String scenario = "flaky-" + mobile;
		ThirdParties.server()
			.stubFor(post(urlPathEqualTo("/v1/messages")).atPriority(1)
				.withRequestBody(containing(mobile))
				.inScenario(scenario)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(503))
				.willSetStateTo("failed once"));
		ThirdParties.server()
			.stubFor(post(urlPathEqualTo("/v1/messages")).atPriority(1)
				.withRequestBody(containing(mobile))
				.inScenario(scenario)
				.whenScenarioStateIs("failed once")
				.willReturn(aResponse().withStatus(503))
				.willSetStateTo("failed twice"));
		ThirdParties.server()
			.stubFor(post(urlPathEqualTo("/v1/messages")).atPriority(1)
				.withRequestBody(containing(mobile))
				.inScenario(scenario)
				.whenScenarioStateIs("failed twice")
				.willReturn(aResponse().withStatus(202)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"messageId\":\"sms-third-try\"}")));
		String id = this.fx.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()).mobile(mobile))
			.get("id")
			.asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> notice(id, "clerk.xihu"),
					(n) -> n != null && "SENT".equals(n.get("deliveryStatus").asString()));
		ThirdParties.server()
			.verify(3, postRequestedFor(urlPathEqualTo("/v1/messages")).withRequestBody(containing(mobile)));
	}

	@Test
	void aCreditCodeTheRegistryDoesNotKnowIsShownAsNotFound() {
		String code = Fixtures.creditCode();
		ThirdParties.server()
			.stubFor(get(urlPathEqualTo("/v1/business-licenses/" + code)).atPriority(1)
				.willReturn(aResponse().withStatus(404)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"code\":\"NOT_FOUND\"}")));
		String id = submitted(code);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.fx.read("clerk.xihu", id).at("/registryCheck/status").asString(), "NOT_FOUND"::equals);
		assertThat(this.fx.read("clerk.xihu", id).get("state").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void aRegisteredNameOtherThanTheApplicantsIsAMismatchNamingTheRegisteredName() {
		String code = Fixtures.creditCode();
		ThirdParties.server()
			.stubFor(get(urlPathEqualTo("/v1/business-licenses/" + code)).atPriority(1)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"creditCode\":\"" + code + "\",\"status\":\"ACTIVE\",\"name\":\"另一家烟酒商行\"}")));
		String id = submitted(code);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.fx.read("clerk.xihu", id).at("/registryCheck/status").asString(), "MISMATCH"::equals);
		assertThat(this.fx.read("clerk.xihu", id).at("/registryCheck/detail").asString()).contains("另一家烟酒商行");
	}

	private String submitted(String code) {
		String id = this.fx.create("retailer.xihu", Fixtures.draft("330106", code)).get("id").asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		return id;
	}

	JsonNode notice(String id, String user) {
		JsonNode all = this.fx.send(user, "GET", "/api/licensing/applications/" + id + "/notices", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return (all.size() > 0) ? all.get(0) : null;
	}

}
