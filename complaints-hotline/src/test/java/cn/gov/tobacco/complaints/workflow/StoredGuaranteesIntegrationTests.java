package cn.gov.tobacco.complaints.workflow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.EvaluationDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.intake.Reports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What DESIGN §6 promises about stored data, read straight from the database: reporter
 * contact data is encrypted at rest, and the complainant's evaluation window is 14 days.
 */
class StoredGuaranteesIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DatabaseClient db;

	@Test
	void reporterDataIsEncryptedAtRest() {
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String name = "保密举报人" + Reports.unique();
		CaseApi api = new CaseApi(client());
		JsonNode filed = api.logCall("agent",
				new NewCallDto(CaseKindDto.REPORT, "COUNTERFEIT",
						new AddressDto("330106", "古墩路" + Reports.unique() + "号 小卖部"), "来电称该店长期在柜台下销售无标识卷烟，今天上午十点仍在销售。")
					.callerNumber(phone)
					.callerName(name));
		UUID id = UUID.fromString(api.caseIdOf(filed.get("caseNumber").asString()));

		Map<String, Object> row = this.db
			.sql("SELECT reporter_name, reporter_phone, row_to_json(c)::text AS whole FROM cases c WHERE id = :id")
			.bind("id", id)
			.fetch()
			.one()
			.block();
		byte[] storedName = bytes(row.get("reporter_name"));
		byte[] storedPhone = bytes(row.get("reporter_phone"));
		// Stored, but not as the text: neither the UTF-8 bytes nor their hex appear
		// anywhere
		// in the row (row_to_json renders bytea as hex).
		assertThat(storedName).isNotEmpty();
		assertThat(storedPhone).isNotEmpty();
		assertThat(new String(storedName, StandardCharsets.UTF_8)).doesNotContain(name);
		assertThat(new String(storedPhone, StandardCharsets.ISO_8859_1)).doesNotContain(phone);
		String whole = (String) row.get("whole");
		assertThat(whole).doesNotContain(phone)
			.doesNotContain(name)
			.doesNotContain(HexFormat.of().formatHex(phone.getBytes(StandardCharsets.UTF_8)))
			.doesNotContain(HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8)));
		// No column of any case holds the number in clear.
		Long clear = this.db
			.sql("SELECT count(*) AS n FROM cases c WHERE position(:phone in row_to_json(c)::text) > 0 "
					+ "OR position(convert_to(:phone, 'UTF8') in coalesce(c.reporter_phone, ''::bytea)) > 0")
			.bind("phone", phone)
			.map((r, m) -> r.get("n", Long.class))
			.one()
			.block();
		assertThat(clear).isZero();
		// Whoever may read it still gets the number back: it is encrypted, not lost.
		assertThat(api.getJson("supervisor", "/api/complaints/cases/{id}/reporter", id).toString()).contains(phone);
	}

	@Test
	void theEvaluationWindowIsFourteenDaysFromTheAnswer() {
		CaseApi api = new CaseApi(client());
		String late = answered(api);
		Map<String, Object> times = this.db.sql("SELECT answered_at, evaluation_due_at FROM cases WHERE id = :id")
			.bind("id", UUID.fromString(late))
			.fetch()
			.one()
			.block();
		Instant answeredAt = ((OffsetDateTime) times.get("answered_at")).toInstant();
		Instant dueAt = ((OffsetDateTime) times.get("evaluation_due_at")).toInstant();
		assertThat(Duration.between(answeredAt, dueAt)).isEqualTo(Duration.ofDays(14));

		// On day 13 the complainant may still evaluate.
		String inTime = answered(api);
		moveAnswer(inTime, Duration.ofDays(13));
		evaluate(trackingOf(api, inTime)).expectStatus().is2xxSuccessful();
		assertThat(evaluation(inTime)).isEqualTo("SATISFIED");

		// After day 14 the evaluation is refused and nothing is recorded.
		moveAnswer(late, Duration.ofDays(14).plusMinutes(1));
		int status = evaluate(trackingOf(api, late)).returnResult(Void.class).getStatus().value();
		assertThat(status).isIn(409, 422);
		assertThat(evaluation(late)).isNull();
	}

	private final Map<String, String> tracking = new java.util.concurrent.ConcurrentHashMap<>();

	private String answered(CaseApi api) {
		JsonNode filed = api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", "COUNTERFEIT"));
		String id = api.caseIdOf(filed.get("caseNumber").asString());
		this.tracking.put(id, filed.get("trackingCode").asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		api.act("handler.xihu", id, CaseActionDto.START);
		api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("已核查。")
					.outcome(OutcomeDto.REFERRED));
		return id;
	}

	private String trackingOf(CaseApi api, String id) {
		return this.tracking.get(id);
	}

	/**
	 * Test set-up: the answer was given {@code ago}, with the window it was given then.
	 */
	private void moveAnswer(String id, Duration ago) {
		Instant answered = Instant.now().minus(ago);
		this.db.sql("UPDATE cases SET answered_at = :a, evaluation_due_at = :due WHERE id = :id")
			.bind("a", answered)
			.bind("due", answered.plus(Duration.ofDays(14)))
			.bind("id", UUID.fromString(id))
			.then()
			.block();
	}

	private String evaluation(String id) {
		return this.db.sql("SELECT evaluation FROM cases WHERE id = :id")
			.bind("id", UUID.fromString(id))
			.map((r, m) -> java.util.Optional.ofNullable(r.get("evaluation", String.class)))
			.one()
			.block()
			.orElse(null);
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec evaluate(String trackingCode) {
		return client().post()
			.uri("/api/complaints/public/reports/{code}/evaluation", trackingCode)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new EvaluationDto(true))
			.exchange();
	}

	private static byte[] bytes(Object value) {
		if (value instanceof java.nio.ByteBuffer buffer) {
			byte[] out = new byte[buffer.remaining()];
			buffer.duplicate().get(out);
			return out;
		}
		return (byte[]) value;
	}

}
