package cn.gov.tobacco.licensing.application;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class ApplicationsApiIntegrationTests {

	/** The same NEW draft every time, its premises in this district. */
	static ApplicationDraftDto draft(String division) {
		return new ApplicationDraftDto(ApplicationTypeDto.NEW).businessName("西湖便利店")
			.creditCode("91350100M000100Y43")
			.operatorName("张三")
			.operatorIdNumber("11010519491231002X")
			.mobile("13812345678")
			.premises(new PremisesDto().address("杭州市西湖区文三路 1 号")
				.divisionCode(division)
				.latitude(30.2741)
				.longitude(120.1551));
	}

	@Autowired
	WebTestClient http;

	@Test
	void retailerCreatesADraftAndReadsItBack() {
		JsonNode created = create("retailer.xihu", draft("330106"));
		assertThat(created.get("state").asString()).isEqualTo("DRAFT");
		assertThat(created.get("number").asString()).matches("SQ\\d{8}\\d{6}");
		assertThat(created.get("operatorIdNumber").asString()).isEqualTo("11010519491231002X");

		this.http.get()
			.uri("/api/licensing/applications/{id}", created.get("id").asString())
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.number")
			.isEqualTo(created.get("number").asString())
			.jsonPath("$.premises.divisionCode")
			.isEqualTo("330106");
	}

	@Test
	void anotherRetailerGets404AndLearnsNothing() {
		JsonNode created = create("retailer.xihu", draft("330106"));
		this.http.get()
			.uri("/api/licensing/applications/{id}", created.get("id").asString())
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.shangcheng")))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
	}

	@Test
	void draftsAreInvisibleToBureauStaff() {
		JsonNode created = create("retailer.xihu", draft("330106"));
		this.http.get()
			.uri("/api/licensing/applications/{id}", created.get("id").asString())
			.headers((h) -> h.setBearerAuth(DemoUsers.token("clerk.xihu")))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void listIsKeysetPagedWithTheTrueTotal() {
		for (int i = 0; i < 3; i++) {
			create("retailer.shangcheng", draft("330102"));
		}
		String token = DemoUsers.token("retailer.shangcheng");
		JsonNode first = this.http.get()
			.uri("/api/licensing/applications?limit=2")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		long total = first.get("total").asLong();
		assertThat(total).isGreaterThanOrEqualTo(3);
		assertThat(first.get("limit").asInt()).isEqualTo(2);
		assertThat(first.get("items")).hasSize(2);

		Set<String> seen = new HashSet<>();
		first.get("items").forEach((item) -> seen.add(item.get("id").asString()));
		String cursor = first.get("nextCursor").asString();
		while (cursor != null) {
			String current = cursor;
			JsonNode page = this.http.get()
				.uri((b) -> b.path("/api/licensing/applications")
					.queryParam("limit", 2)
					.queryParam("cursor", current)
					.build())
				.headers((h) -> h.setBearerAuth(token))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(total);
			page.get("items").forEach((item) -> assertThat(seen.add(item.get("id").asString())).isTrue());
			cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asString() : null;
		}
		assertThat(seen).hasSizeGreaterThanOrEqualTo((int) total);
	}

	@Test
	void limitOutOfRangeAndBadCursorAre400() {
		String token = DemoUsers.token("retailer.xihu");
		this.http.get()
			.uri("/api/licensing/applications?limit=1000")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation");
		this.http.get()
			.uri("/api/licensing/applications?cursor=not-a-cursor")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("cursor");
	}

	@Test
	void malformedJsonIs400() {
		// raw: malformed JSON, which no generated type can be written as
		post("retailer.xihu", "{\"type\": \"NEW\",").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/malformed-request");
	}

	@Test
	void missingTypeIsAFieldError() {
		// raw: the required type left out, which the generated type's constructor asks
		// for
		post("retailer.xihu", "{\"businessName\":\"x\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("type");
	}

	@Test
	void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
		// raw: FRANCHISE is no application type, so the generated enum cannot carry it
		post("retailer.xihu", "{\"type\":\"FRANCHISE\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("type")
			.jsonPath("$.errors[0].message")
			.value((String message) -> assertThat(message).contains("NEW").contains("CLOSURE"));
	}

	@Test
	void identifiersAreCheckedFieldByField() {
		ApplicationDraftDto bad = draft("330106").creditCode("91350100M000100Y42")
			.operatorIdNumber("110105194912310021")
			.mobile("12812345678");
		bad.getPremises().longitude(2.35);
		post("retailer.xihu", bad).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((java.util.List<String> fields) -> assertThat(fields).containsExactlyInAnyOrder("creditCode",
					"operatorIdNumber", "mobile", "premises.latitude"));
	}

	@Test
	void premisesOutsideTheBureausAreaAreRefusedNamingTheField() {
		// 310101 is Shanghai; the bureau serves 330000 (licensing.service-area)
		post("retailer.xihu", Fixtures.draft("310101", Fixtures.creditCode())).expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/business-rule")
			.jsonPath("$.errors[0].field")
			.isEqualTo("premises.divisionCode")
			.jsonPath("$.errors[0].message")
			.value((String message) -> assertThat(message).contains("经营场所的行政区划")
				.contains("310101")
				.doesNotContain("premises.divisionCode"));
		post("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode())).expectStatus().isCreated();
	}

	@Test
	void englishTitlesOnRequest() {
		this.http.post()
			.uri("/api/licensing/applications")
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			// raw: malformed JSON, which no generated type can be written as
			.bodyValue("{")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Malformed request");
	}

	@Test
	void onlyRetailersFileApplications() {
		post("clerk.xihu", draft("330106")).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/forbidden");
	}

	@Test
	void anonymousAndForgedTokensAre401() {
		this.http.get().uri("/api/licensing/applications").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/api/licensing/applications")
			.headers((h) -> h.setBearerAuth("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	JsonNode create(String user, ApplicationDraftDto draft) {
		return post(user, draft).expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/api/licensing/applications/[0-9a-f-]{36}")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/** Posts a draft: a generated request type, or raw JSON text sent as it is. */
	WebTestClient.ResponseSpec post(String user, Object body) {
		return this.http.post()
			.uri("/api/licensing/applications")
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
