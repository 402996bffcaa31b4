package cn.gov.tobacco.licensing.notices;

import java.time.Duration;
import java.util.Map;

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
		String id = this.fx
			.create("retailer.xihu", Fixtures.newDraft("330106", Fixtures.creditCode()).replace("13812345678", mobile))
			.get("id")
			.asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission", Map.of()).expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "acceptance", Map.of()).expectStatus().isOk();
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
		JsonNode draft = this.fx.create("retailer.xihu", Fixtures.newDraft("330106", code));
		String id = draft.get("id").asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", id, "submission", Map.of()).expectStatus().isOk();
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
