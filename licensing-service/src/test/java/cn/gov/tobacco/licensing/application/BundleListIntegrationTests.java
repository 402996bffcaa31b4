package cn.gov.tobacco.licensing.application;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.BundleRequestDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class BundleListIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void aRetailerListsTheirOwnBundlesNewestFirstWithEachItemsState() {
		Fixtures fx = new Fixtures(this.http);
		long before = list(fx, "retailer.xihu", "").get("total").asLong();
		long othersBefore = list(fx, "retailer.shangcheng", "").get("total").asLong();
		String older = bundle(fx, 2);
		String newer = bundle(fx, 1);

		JsonNode first = list(fx, "retailer.xihu", "?limit=1");
		assertThat(first.get("total").asLong()).isEqualTo(before + 2);
		assertThat(first.get("limit").asInt()).isEqualTo(1);
		JsonNode top = first.at("/items/0");
		assertThat(top.get("id").asString()).isEqualTo(newer);
		assertThat(top.get("total").asInt()).isEqualTo(1);
		assertThat(top.at("/byState/DRAFT").asInt()).isEqualTo(1);
		assertThat(top.at("/items/0/state").asString()).isEqualTo("DRAFT");
		assertThat(top.get("createdAt").asString()).isNotBlank();

		JsonNode second = list(fx, "retailer.xihu", "?limit=1&cursor=" + first.get("nextCursor").asString());
		assertThat(second.at("/items/0/id").asString()).isEqualTo(older);
		assertThat(second.at("/items/0/total").asInt()).isEqualTo(2);
		assertThat(second.at("/items/0/byState/DRAFT").asInt()).isEqualTo(2);
		assertThat(second.at("/items/0/createdAt").asString()).isLessThan(top.get("createdAt").asString());

		assertThat(list(fx, "retailer.shangcheng", "").get("total").asLong()).isEqualTo(othersBefore);
		fx.send("clerk.xihu", "GET", "/api/licensing/bundles", null).expectStatus().isForbidden();
		fx.send("retailer.xihu", "GET", "/api/licensing/bundles?limit=101", null).expectStatus().isBadRequest();
	}

	private static String bundle(Fixtures fx, int items) {
		BundleRequestDto body = new BundleRequestDto();
		for (int i = 0; i < items; i++) {
			body.addItemsItem(Fixtures.draft("330106", Fixtures.creditCode()));
		}
		return fx.send("retailer.xihu", "POST", "/api/licensing/bundles", body)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	private static JsonNode list(Fixtures fx, String user, String query) {
		return fx.send(user, "GET", "/api/licensing/bundles" + query, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
