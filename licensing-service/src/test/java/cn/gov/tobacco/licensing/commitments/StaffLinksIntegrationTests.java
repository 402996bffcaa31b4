package cn.gov.tobacco.licensing.commitments;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CreditRepairRequestDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the staff screens need in one call: every version of a template, and the
 * retailer's account on queue items and repair requests, which opens the credit profile.
 */
@LicensingIntegrationTest
class StaffLinksIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void everyPublishedVersionOfATemplateComesNewestFirstInOneCall() {
		Fixtures fx = new Fixtures(this.http);
		String code = "TEST_" + letters(8);
		for (String text : new String[] { "第一版", "第二版", "第三版" }) {
			fx.send("admin", "POST", "/api/licensing/admin/commitment-templates/" + code + "/versions",
					CommitmentsIntegrationTests.text(text, "v"))
				.expectStatus()
				.isCreated();
		}
		JsonNode versions = fx
			.send("retailer.xihu", "GET", "/api/licensing/commitment-templates/" + code + "/versions", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(versions.findValuesAsString("version")).containsExactly("3", "2", "1");
		assertThat(versions.get(0).get("textZh").asString()).isEqualTo("第三版");
		assertThat(versions.get(2).get("textSha256").asString()).isEqualTo(Templates.sha256("第一版"));
		fx.send("admin", "GET", "/api/licensing/commitment-templates/NO_SUCH_" + letters(6) + "/versions", null)
			.expectStatus()
			.isNotFound();
		fx.send("admin", "GET", "/api/licensing/commitment-templates/lower/versions", null)
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void queueItemsAndRepairRequestsNameTheRetailerWhoseProfileTheClerkMayOpen() {
		Fixtures fx = new Fixtures(this.http);
		JsonNode submitted = fx.submittedNew("retailer.xihu", "330106");
		JsonNode queue = fx
			.send("clerk.xihu", "GET", "/api/licensing/queue?q=" + submitted.get("number").asString(), null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(queue.at("/items/0/retailer").asString()).isEqualTo("retailer.xihu");

		String recordId = fx.penalty(fx.approvedNew("retailer.xihu"));
		String repairId = fx
			.send("retailer.xihu", "POST", "/api/licensing/credit/records/" + recordId + "/repair-requests",
					new CreditRepairRequestDto("已整改"))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		JsonNode listed = null;
		String cursor = "";
		do {
			JsonNode page = fx
				.send("clerk.xihu", "GET", "/api/licensing/credit/repair-requests?status=PENDING&limit=100" + cursor,
						null)
				.expectStatus()
				.isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			for (JsonNode item : page.get("items")) {
				if (item.get("id").asString().equals(repairId)) {
					listed = item;
				}
			}
			cursor = page.has("nextCursor") ? "&cursor=" + page.get("nextCursor").asString() : null;
		}
		while (listed == null && cursor != null);
		assertThat(listed).isNotNull();
		assertThat(listed.get("retailer").asString()).isEqualTo("retailer.xihu");
		fx.send("clerk.xihu", "GET", "/api/licensing/credit/profiles/" + listed.get("retailer").asString(), null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.records[?(@.id == '" + recordId + "')].kind")
			.isEqualTo(java.util.List.of("PENALTY"));
	}

	private static String letters(int n) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < n; i++) {
			s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return s.toString();
	}

}
