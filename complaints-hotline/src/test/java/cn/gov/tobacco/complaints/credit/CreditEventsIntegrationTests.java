package cn.gov.tobacco.complaints.credit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.EvaluationDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.workflow.CaseApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A substantiated report naming the retailer's license becomes an outbox event for
 * licensing, written with the answer. Licensing does not run here (the test profile
 * points at a closed port): the workflow goes on and the event waits, retried with
 * back-off.
 */
class CreditEventsIntegrationTests extends IntegrationTestSupport {

	private static final String LICENSE = "330106201900123";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private DatabaseClient db;

	@Autowired
	private ReactiveOAuth2AuthorizedClientService authorizedClients;

	static NewCallDto call(String kind, String category) {
		return new NewCallDto(CaseKindDto.fromValue(kind), category,
				new AddressDto("330106", "紫金港路" + Reports.unique() + "号 便利店"), "来电称该店柜台内销售的香烟疑似假冒，包装印刷模糊，价格明显偏低。")
			.callerNumber("13700002222")
			.callerName("王五")
			.callerIdNumber("110105194912310038")
			.retailerName("紫金便利店" + Reports.unique());
	}

	@Test
	void aSubstantiatedAnswerNamingALicenseWritesTheCreditEventWithTheAnswer() {
		CaseApi api = new CaseApi(client());
		String id = inProgress(api, "REPORT");
		JsonNode answered = api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("经查属实，已立案查处。")
					.outcome(OutcomeDto.SUBSTANTIATED)
					.licenseNo(LICENSE));
		assertThat(answered.get("licenseNo").asString()).isEqualTo(LICENSE);
		String caseNumber = answered.get("summary").get("caseNumber").asString();

		List<String> payloads = creditPayloads(id);
		assertThat(payloads).hasSize(1);
		JsonNode event = JSON.readTree(payloads.get(0));
		assertThat(event.get("kind").asString()).isEqualTo("SUBSTANTIATED_REPORT");
		assertThat(event.get("licenseNo").asString()).isEqualTo(LICENSE);
		assertThat(event.get("category").asString()).isEqualTo("COUNTERFEIT");
		assertThat(event.get("reason").asString()).contains(caseNumber)
			.contains("假冒卷烟")
			.doesNotContain("Counterfeit")
			.doesNotContain("COUNTERFEIT");
		assertThat(event.get("reasonEn").asString()).contains(caseNumber)
			.contains("Counterfeit cigarettes")
			.doesNotContain("COUNTERFEIT");
		assertThat(event.get("occurredOn").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		assertThat(payloads.get(0)).doesNotContain("王五")
			.doesNotContain("13700002222")
			.doesNotContain("110105194912310038")
			.doesNotContain("假冒，包装");
	}

	@Test
	void noCreditEventWithoutALicenseOrWithoutASubstantiatedOutcome() {
		CaseApi api = new CaseApi(client());
		String withoutLicense = inProgress(api, "REPORT");
		api.act("handler.xihu", withoutLicense,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("经查属实，已责令整改。")
					.outcome(OutcomeDto.SUBSTANTIATED));
		String unsubstantiated = inProgress(api, "REPORT");
		JsonNode answered = api.act("handler.xihu", unsubstantiated,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("未发现违法行为。")
					.outcome(OutcomeDto.UNSUBSTANTIATED)
					.licenseNo(LICENSE));
		assertThat(answered.get("licenseNo").asString()).isEqualTo(LICENSE);

		assertThat(creditPayloads(withoutLicense)).isEmpty();
		assertThat(creditPayloads(unsubstantiated)).isEmpty();
	}

	@Test
	void theLicenseNumberIsValidatedAndBelongsOnlyToTheAnswerOfAReport() {
		CaseApi api = new CaseApi(client());
		String report = inProgress(api, "REPORT");
		expectFieldError(api, report,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("属实。")
					.outcome(OutcomeDto.SUBSTANTIATED)
					.licenseNo("33010620190012"));
		String complaint = inProgress(api, "COMPLAINT");
		expectFieldError(api, complaint,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("属实。")
					.outcome(OutcomeDto.SUBSTANTIATED)
					.licenseNo(LICENSE));
		String received = api
			.caseIdOf(api.logCall("agent", call("REPORT", "COUNTERFEIT")).get("caseNumber").asString());
		expectFieldError(api, received, new CaseActionRequestDto().action(CaseActionDto.ACCEPT).licenseNo(LICENSE));
		assertThat(creditPayloads(report)).isEmpty();
		assertThat(creditPayloads(complaint)).isEmpty();
	}

	@Test
	void withLicensingUnreachableTheCaseGoesOnAndTheEventStaysPendingAndIsRetried() {
		CaseApi api = new CaseApi(client());
		JsonNode filed = api.logCall("agent", call("REPORT", "COUNTERFEIT"));
		String id = api.caseIdOf(filed.get("caseNumber").asString());
		assertThat(filed.get("caseId").asString()).as("the agent's answer names the case to open").isEqualTo(id);
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		api.act("handler.xihu", id, CaseActionDto.START);
		JsonNode answered = api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("经查属实，已立案查处。")
					.outcome(OutcomeDto.SUBSTANTIATED)
					.licenseNo(LICENSE));
		assertThat(answered.get("summary").get("state").asString()).isEqualTo("ANSWERED");

		await().atMost(Duration.ofSeconds(60)).until(() -> creditRow(id).attempts() >= 2);
		CreditRow pending = creditRow(id);
		assertThat(pending.publishedAt()).isNull();
		assertThat(pending.nextAttemptAt()).isNotNull();
		String firstToken = serviceToken();
		assertThat(firstToken).isNotBlank();

		// The other events of the case are not held up by the undeliverable one.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.db
				.sql("""
						SELECT count(*) AS n FROM outbox
						WHERE aggregate_id = :id AND event_type <> 'credit.substantiated-report' AND published_at IS NULL""")
				.bind("id", UUID.fromString(id))
				.map((row, meta) -> row.get("n", Long.class))
				.one()
				.block() == 0);

		// Retried again, with the token fetched once and kept until it expires.
		int attempts = creditRow(id).attempts();
		await().atMost(Duration.ofSeconds(60)).until(() -> creditRow(id).attempts() > attempts);
		assertThat(serviceToken()).isEqualTo(firstToken);
		assertThat(creditRow(id).publishedAt()).isNull();

		// The case moves on meanwhile: the complainant's evaluation closes it.
		client().post()
			.uri("/api/complaints/public/reports/{code}/evaluation", filed.get("trackingCode").asString())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(new EvaluationDto(true))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("CLOSED");
		assertThat(creditRow(id).publishedAt()).isNull();
	}

	private String serviceToken() {
		OAuth2AuthorizedClient authorized = this.authorizedClients
			.<OAuth2AuthorizedClient>loadAuthorizedClient("licensing", "anonymousUser")
			.block();
		assertThat(authorized).isNotNull();
		return authorized.getAccessToken().getTokenValue();
	}

	private String inProgress(CaseApi api, String kind) {
		String id = api.caseIdOf(api.logCall("agent", call(kind, "COUNTERFEIT")).get("caseNumber").asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		api.act("handler.xihu", id, CaseActionDto.START);
		return id;
	}

	/**
	 * The license number is refused: malformed, on a complaint, or on an action other
	 * than the answer.
	 */
	private void expectFieldError(CaseApi api, String id, CaseActionRequestDto request) {
		String user = (request.getAction() == CaseActionDto.ACCEPT) ? "agent" : "handler.xihu";
		api.attempt(user, id, request)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'licenseNo')]")
			.exists();
	}

	private List<String> creditPayloads(String caseId) {
		return this.db
			.sql("SELECT payload FROM outbox WHERE aggregate_id = :id AND event_type = 'credit.substantiated-report'")
			.bind("id", UUID.fromString(caseId))
			.map((row, meta) -> row.get("payload", String.class))
			.all()
			.collectList()
			.block();
	}

	private CreditRow creditRow(String caseId) {
		return this.db.sql("""
				SELECT attempts, published_at, next_attempt_at FROM outbox
				WHERE aggregate_id = :id AND event_type = 'credit.substantiated-report'""")
			.bind("id", UUID.fromString(caseId))
			.map((row, meta) -> new CreditRow(row.get("attempts", Integer.class),
					row.get("published_at", OffsetDateTime.class), row.get("next_attempt_at", OffsetDateTime.class)))
			.one()
			.block();
	}

	private record CreditRow(int attempts, OffsetDateTime publishedAt, OffsetDateTime nextAttemptAt) {
	}

}
