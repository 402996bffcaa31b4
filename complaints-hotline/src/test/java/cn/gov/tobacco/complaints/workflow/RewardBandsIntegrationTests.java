package cn.gov.tobacco.complaints.workflow;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.api.model.NewRewardBandDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §6: reward amounts are a per-jurisdiction rule. ADMIN sets a band per
 * jurisdiction, category and outcome (with history); the nearest jurisdiction's band in
 * force bounds a REWARD, and an amount outside it is a 422 naming the band.
 */
class RewardBandsIntegrationTests extends IntegrationTestSupport {

	@Test
	void aRewardMustLieInTheBandOfTheNearestJurisdiction() {
		CaseApi api = new CaseApi(client());
		// The district's own band wins over the province's (100–5000); another district's
		// band does not apply.
		addBand("admin", "330106", "SMUGGLED", 200, 300).expectStatus().isCreated();
		addBand("admin", "330102", "SMUGGLED", 1, 2).expectStatus().isCreated();
		String id = substantiated(api, "330106", "SMUGGLED");

		JsonNode problem = CaseApi.json(reward(api, id, 500).expectStatus().isEqualTo(422));
		assertThat(problem.get("type").asString()).isEqualTo("/problems/business-rule");
		assertThat(problem.get("detail").asString()).contains("200.00–300.00").contains("330106");
		assertThat(problem.get("band").get("minAmount").asDouble()).isEqualTo(200.0);
		assertThat(problem.get("band").get("maxAmount").asDouble()).isEqualTo(300.0);
		reward(api, id, 199.99).expectStatus().isEqualTo(422);

		JsonNode rewarded = api.act("supervisor", id,
				new CaseActionRequestDto().action(CaseActionDto.REWARD).rewardAmount(250.0).reason("举报属实"));
		assertThat(rewarded.get("rewardAmount").asDouble()).isEqualTo(250.0);

		// A new band supersedes the old one; both stay in the history, newest first.
		addBand("admin", "330106", "SMUGGLED", 400, 600).expectStatus().isCreated();
		JsonNode again = api.act("supervisor", id,
				new CaseActionRequestDto().action(CaseActionDto.REWARD).rewardAmount(500.0).reason("标准调整"));
		assertThat(again.get("rewardAmount").asDouble()).isEqualTo(500.0);
		JsonNode history = CaseApi.json(client().get()
			.uri("/api/complaints/reward-bands")
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isOk());
		JsonNode newest = null;
		JsonNode older = null;
		for (JsonNode band : history) {
			if ("330106".equals(band.get("jurisdiction").asString())
					&& "SMUGGLED".equals(band.get("category").asString())) {
				if (newest == null) {
					newest = band;
				}
				else if (older == null) {
					older = band;
				}
			}
		}
		assertThat(newest.get("minAmount").asDouble()).isEqualTo(400.0);
		assertThat(older.get("minAmount").asDouble()).isEqualTo(200.0);
		assertThat(newest.get("createdBy").asString()).isNotBlank();
	}

	@Test
	void theProvinceBandAppliesWhereNoNearerOneIsSet() {
		CaseApi api = new CaseApi(client());
		String id = substantiated(api, "330106", "UNLICENSED");
		JsonNode problem = CaseApi.json(reward(api, id, 5000.01).expectStatus().isEqualTo(422));
		assertThat(problem.get("detail").asString()).contains("100.00–5000.00").contains("330000");
		assertThat(
				api.act("supervisor", id, new CaseActionRequestDto().action(CaseActionDto.REWARD).rewardAmount(5000.0))
					.get("rewardAmount")
					.asDouble())
			.isEqualTo(5000.0);
	}

	@Test
	void onlyAnAdminOfTheJurisdictionSetsABandAndItMustBeABand() {
		addBand("supervisor", "330106", "SMUGGLED", 1, 2).expectStatus().isForbidden();
		// The demo ADMIN's jurisdiction is 330000: 110000 (Beijing) is not theirs.
		addBand("admin", "110000", "SMUGGLED", 1, 2).expectStatus().isForbidden();
		addBand("admin", "330106", "SMUGGLED", 300, 200).expectStatus().isBadRequest();
		addBand("admin", "330106", "NO_SUCH_CATEGORY", 1, 2).expectStatus().isEqualTo(422);
		addBand("admin", "33010", "SMUGGLED", 1, 2).expectStatus().isBadRequest();
	}

	private WebTestClient.ResponseSpec addBand(String user, String jurisdiction, String category, double min,
			double max) {
		return client().post()
			.uri("/api/complaints/reward-bands")
			.headers((h) -> h.setBearerAuth(tokenOf(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new NewRewardBandDto(jurisdiction, category, OutcomeDto.SUBSTANTIATED, min, max))
			.exchange();
	}

	private static WebTestClient.ResponseSpec reward(CaseApi api, String id, double amount) {
		long version = api.getJson("supervisor", "/api/complaints/cases/{id}", id).get("version").asLong();
		return api.send("supervisor", id,
				new CaseActionRequestDto().action(CaseActionDto.REWARD).version(version).rewardAmount(amount));
	}

	private static String substantiated(CaseApi api, String division, String category) {
		String id = api.caseIdOf(api.logCall("agent", CaseLifecycleIntegrationTests.call(division, category))
			.get("caseNumber")
			.asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		api.act("handler.xihu", id, CaseActionDto.START);
		api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("属实，已查处。")
					.outcome(OutcomeDto.SUBSTANTIATED));
		return id;
	}

}
