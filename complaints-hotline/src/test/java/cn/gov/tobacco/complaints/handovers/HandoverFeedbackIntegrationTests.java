package cn.gov.tobacco.complaints.handovers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.workflow.CaseApi;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 办结反馈: a case handed over by the 12345 exchange is signed for on acceptance and answered
 * back, through the outbox, retried until the exchange acknowledges; its answer is due no
 * later than the exchange's deadline.
 */
class HandoverFeedbackIntegrationTests extends IntegrationTestSupport {

	private static final WireMockServer exchange12345 = new WireMockServer(options().port(18345));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	DatabaseClient db;

	@BeforeAll
	static void start() {
		exchange12345.start();
	}

	@AfterAll
	static void stop() {
		exchange12345.stop();
	}

	@Test
	void aHandedOverCaseIsSignedForAndAnsweredBackUntilAcknowledged() {
		String handover = "12345-" + Reports.unique();
		LocalDate replyBy = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
		exchange12345.stubFor(get(urlPathEqualTo("/exchange/v1/handovers")).willReturn(okJson("""
				{"items":[{"id":"%s","kind":"REPORT","category":"UNLICENSED","divisionCode":"330106",
				 "address":"古墩路%s号 副食店","content":"市民来电：该副食店无证销售卷烟，已持续两个多月。",
				 "callerName":"陈女士","callerPhone":"13700001234","replyBy":"%s"}]}""".formatted(handover,
				Reports.unique(), replyBy))));
		String receipt = "/exchange/v1/handovers/" + handover + "/receipt";
		String feedback = "/exchange/v1/handovers/" + handover + "/feedback";
		exchange12345.stubFor(post(urlPathEqualTo(receipt)).willReturn(okJson("{\"acknowledged\":true}")));
		// the exchange is down, then answers without acknowledging, then acknowledges
		exchange12345.stubFor(post(urlPathEqualTo(feedback)).inScenario(handover)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		exchange12345.stubFor(post(urlPathEqualTo(feedback)).inScenario(handover)
			.whenScenarioStateIs("up")
			.willReturn(okJson("{\"acknowledged\":false}"))
			.willSetStateTo("acknowledging"));
		exchange12345.stubFor(post(urlPathEqualTo(feedback)).inScenario(handover)
			.whenScenarioStateIs("acknowledging")
			.willReturn(okJson("{\"acknowledged\":true}")));

		client().post()
			.uri("/api/complaints/handovers/pull")
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isOk();
		String id = this.db.sql("SELECT id FROM cases WHERE external_ref = :ref")
			.bind("ref", handover)
			.map((row, meta) -> row.get("id", UUID.class))
			.one()
			.block()
			.toString();
		CaseApi api = new CaseApi(client());
		String caseNumber = api.act("agent", id, CaseActionDto.ACCEPT).at("/summary/caseNumber").asString();

		LoggedRequest signed = await().atMost(Duration.ofSeconds(20)).until(() -> last(receipt), (r) -> r != null);
		JsonNode body = JSON.readTree(signed.getBody());
		assertThat(body.get("handoverId").asString()).isEqualTo(handover);
		assertThat(body.get("caseNumber").asString()).isEqualTo(caseNumber);
		assertThat(signed.getHeader("Authorization")).isEqualTo("Bearer local-12345-token");
		// nothing of the caller goes back beyond what the exchange sent, and not even
		// that
		assertThat(signed.getBodyAsString()).doesNotContain("陈女士").doesNotContain("13700001234");

		api.act("agent", id, CaseActionDto.DISPATCH);
		OffsetDateTime due = this.db.sql("SELECT answer_due_at FROM cases WHERE id = :id")
			.bind("id", UUID.fromString(id))
			.map((row, meta) -> row.get("answer_due_at", OffsetDateTime.class))
			.one()
			.block();
		assertThat(due.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate()).isBeforeOrEqualTo(replyBy);

		api.act("handler.xihu", id, CaseActionDto.START);
		api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("经查，该店确无许可证，已依法查处并责令停止销售。")
					.outcome(OutcomeDto.SUBSTANTIATED));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> exchange12345.findAll(postRequestedFor(urlPathEqualTo(feedback))).size() >= 3);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.db
				.sql("SELECT count(*) FROM outbox WHERE aggregate_id = :id AND event_type = 'handover.answered' "
						+ "AND published_at IS NOT NULL")
				.bind("id", UUID.fromString(id))
				.map((row, meta) -> row.get(0, Long.class))
				.one()
				.block() == 1L);
		JsonNode answered = JSON.readTree(last(feedback).getBody());
		assertThat(answered.get("answer").asString()).contains("已依法查处");
		assertThat(answered.get("outcome").asString()).isEqualTo("SUBSTANTIATED");
		assertThat(answered.get("outcomeLabel").asString()).isEqualTo("查证属实");
		assertThat(answered.get("replyBy").asString()).isEqualTo(replyBy.toString());
		// acknowledged: no further delivery
		int deliveries = exchange12345.findAll(postRequestedFor(urlPathEqualTo(feedback))).size();
		await().pollDelay(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> exchange12345.findAll(postRequestedFor(urlPathEqualTo(feedback))).size() == deliveries);
	}

	private static LoggedRequest last(String path) {
		List<LoggedRequest> all = exchange12345.findAll(postRequestedFor(urlPathEqualTo(path)));
		return all.isEmpty() ? null : all.get(all.size() - 1);
	}

}
