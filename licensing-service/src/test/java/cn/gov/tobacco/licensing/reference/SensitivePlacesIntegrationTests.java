package cn.gov.tobacco.licensing.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceKindDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class SensitivePlacesIntegrationTests {

	static final String PLACES = "/api/licensing/admin/sensitive-places";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Test
	void theListIsFilteredPagedNewestFirstAndCountsTheTrueTotal() {
		Fixtures fx = new Fixtures(this.http);
		String division = "3399" + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
		long before = page(fx, "admin", "?divisionCode=" + division).get("total").asLong();
		List<String> added = new ArrayList<>();
		for (String kind : List.of("KINDERGARTEN", "PRIMARY_SCHOOL", "KINDERGARTEN")) {
			added.add(add(fx, kind, division, 30.2, 120.1).get("id").asString());
		}
		JsonNode kindergartens = page(fx, "admin", "?divisionCode=" + division + "&kind=KINDERGARTEN&limit=100");
		assertThat(kindergartens.findValuesAsString("kind")).containsOnly("KINDERGARTEN");
		assertThat(kindergartens.findValuesAsString("id")).contains(added.get(0), added.get(2))
			.doesNotContain(added.get(1));

		List<String> seen = new ArrayList<>();
		String uri = "?divisionCode=" + division + "&limit=2";
		JsonNode first = page(fx, "admin", uri);
		assertThat(first.get("total").asLong()).isEqualTo(before + 3);
		assertThat(first.get("limit").asInt()).isEqualTo(2);
		assertThat(first.get("items").get(0).get("id").asString()).isEqualTo(added.get(2));
		assertThat(first.get("items").get(1).get("id").asString()).isEqualTo(added.get(1));
		JsonNode current = first;
		while (true) {
			current.get("items").forEach((i) -> seen.add(i.get("id").asString()));
			if (!current.has("nextCursor")) {
				break;
			}
			current = page(fx, "admin", uri + "&cursor=" + current.get("nextCursor").asString());
		}
		assertThat(seen).hasSize((int) (before + 3)).doesNotHaveDuplicates().containsAll(added);
		assertThat(new HashSet<>(seen)).hasSize(seen.size());

		fx.send("admin", "GET", PLACES + "?divisionCode=33x", null).expectStatus().isBadRequest();
		fx.send("admin", "GET", PLACES + "?limit=0", null).expectStatus().isBadRequest();
		fx.send("admin", "GET", PLACES + "?cursor=nonsense", null).expectStatus().isBadRequest();
	}

	@Test
	void clerksAndSupervisorsReadTheirSubtreeOnlyAndRetailersNothing() {
		Fixtures fx = new Fixtures(this.http);
		String xihu = add(fx, "MIDDLE_SCHOOL", "330106", 30.25, 120.12).get("id").asString();
		String shangcheng = add(fx, "MIDDLE_SCHOOL", "330102", 30.24, 120.17).get("id").asString();
		JsonNode clerk = page(fx, "clerk.xihu", "?kind=MIDDLE_SCHOOL&limit=100");
		assertThat(clerk.findValuesAsString("divisionCode")).allMatch((d) -> d.startsWith("330106"));
		assertThat(clerk.findValuesAsString("id")).contains(xihu).doesNotContain(shangcheng);
		assertThat(page(fx, "clerk.xihu", "?divisionCode=330102").get("total").asLong()).isZero();
		JsonNode supervisor = page(fx, "supervisor", "?kind=MIDDLE_SCHOOL&limit=100");
		assertThat(supervisor.findValuesAsString("divisionCode")).allMatch((d) -> d.startsWith("3301"));
		fx.send("retailer.xihu", "GET", PLACES, null).expectStatus().isForbidden();
		fx.send("clerk.xihu", "DELETE", PLACES + "/" + xihu + "?reason=x", null).expectStatus().isForbidden();
		fx.send("inspector.xihu", "GET", PLACES, null).expectStatus().isForbidden();
	}

	@Test
	void aRemovedPlaceIsKeptAuditedAndNoLongerCountsInTheDistanceCheck() {
		Fixtures fx = new Fixtures(this.http);
		JsonNode draft = fx.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()));
		String id = draft.get("id").asString();
		double lat = draft.at("/premises/latitude").asDouble();
		double lon = draft.at("/premises/longitude").asDouble();
		String place = add(fx, "KINDERGARTEN", "330106", lat + 0.0002, lon).get("id").asString();
		fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		assertThat(schoolDistance(fx, id).get("passed").asBoolean()).isFalse();

		fx.send("admin", "DELETE", PLACES + "/" + UUID.randomUUID() + "?reason=x", null).expectStatus().isNotFound();
		fx.send("admin", "DELETE", PLACES + "/" + place + "?reason=+", null).expectStatus().isBadRequest();
		fx.send("admin", "DELETE", PLACES + "/" + place, null).expectStatus().isBadRequest();
		fx.send("admin", "DELETE", PLACES + "/" + place + "?reason=已迁址", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.removedBy")
			.isEqualTo("admin")
			.jsonPath("$.removalReason")
			.isEqualTo("已迁址")
			.jsonPath("$.removedAt")
			.exists();
		fx.send("admin", "DELETE", PLACES + "/" + place + "?reason=again", null)
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json");

		JsonNode check = schoolDistance(fx, id);
		assertThat(check.get("passed").asBoolean()).isTrue();
		assertThat(page(fx, "admin", "?divisionCode=330106&kind=KINDERGARTEN&limit=100").findValuesAsString("id"))
			.doesNotContain(place);
		JsonNode withRemoved = page(fx, "admin", "?divisionCode=330106&kind=KINDERGARTEN&includeRemoved=true&limit=5");
		assertThat(withRemoved.get("items").get(0).get("id").asString()).isEqualTo(place);
		assertThat(withRemoved.get("items").get(0).get("removalReason").asString()).isEqualTo("已迁址");
		assertThat(this.db
			.sql("select action from audit_log where aggregate_type = 'sensitive_place' and aggregate_id = :id "
					+ "order by seq")
			.bind("id", UUID.fromString(place))
			.map((row) -> row.get("action", String.class))
			.all()
			.collectList()
			.block()).containsExactly("ADDED", "REMOVED");
	}

	static JsonNode add(Fixtures fx, String kind, String division, double lat, double lon) {
		return fx
			.send("admin", "POST", PLACES,
					new SensitivePlaceDto(SensitivePlaceKindDto.fromValue(kind), "测试学校", division, lat, lon))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	static JsonNode page(Fixtures fx, String user, String query) {
		return fx.send(user, "GET", PLACES + query, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static JsonNode schoolDistance(Fixtures fx, String id) {
		for (JsonNode check : fx.send("clerk.xihu", "GET", "/api/licensing/applications/" + id + "/checks", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()) {
			if (check.get("code").asString().equals("SCHOOL_DISTANCE")) {
				return check;
			}
		}
		throw new AssertionError("no SCHOOL_DISTANCE check");
	}

}
