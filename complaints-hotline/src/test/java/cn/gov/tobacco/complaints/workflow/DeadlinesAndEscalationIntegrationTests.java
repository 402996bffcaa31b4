package cn.gov.tobacco.complaints.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.calendar.WorkingDays;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadlinesAndEscalationIntegrationTests extends IntegrationTestSupport {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private DatabaseClient db;

	@Autowired
	private WorkingDays workingDays;

	@Test
	void dueDateIsCountedInWorkingDaysFromTheSettingOfKindAndCategory() {
		CaseApi api = new CaseApi(client());
		String normal = dispatched(api, "COUNTERFEIT");
		String urgent = dispatched(api, "SALES_TO_MINORS");
		LocalDate today = LocalDate.now(ZONE);
		var calendar = this.workingDays.calendar().block();
		assertThat(dueDate(api, normal)).isEqualTo(calendar.addWorkingDays(today, 15).due());
		assertThat(dueDate(api, urgent)).isEqualTo(calendar.addWorkingDays(today, 5).due());
	}

	@Test
	void theECigaretteCategoriesRouteWithTheirOwnDeadlines() {
		CaseApi api = new CaseApi(client());
		String eCigarette = dispatched(api, "E_CIGARETTE");
		String flavoured = dispatched(api, "E_CIGARETTE_FLAVOURED");
		String minors = dispatched(api, "E_CIGARETTE_TO_MINORS");
		LocalDate today = LocalDate.now(ZONE);
		var calendar = this.workingDays.calendar().block();
		assertThat(dueDate(api, eCigarette)).isEqualTo(calendar.addWorkingDays(today, 10).due());
		assertThat(dueDate(api, flavoured)).isEqualTo(calendar.addWorkingDays(today, 7).due());
		assertThat(dueDate(api, minors)).isEqualTo(calendar.addWorkingDays(today, 5).due());
	}

	@Test
	void urgentCasesTopTheHandlersQueueAndAreFlaggedToTheSupervisorAtOnce() {
		CaseApi api = new CaseApi(client());
		dispatched(api, "COUNTERFEIT");
		String urgent = dispatched(api, "E_CIGARETTE_TO_MINORS");
		JsonNode queue = api.getJson("handler.xihu", "/api/complaints/queue?limit=1");
		assertThat(queue.get("items").get(0).get("urgent").asBoolean()).isTrue();
		assertThat(queue.get("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(queue.get("nextCursor").isNull()).isFalse();
		assertThat(api.allItems("supervisor", "/api/complaints/supervision/alerts").toString()).contains(urgent);
	}

	@Test
	void overdueAndTwiceOverdueCasesEscalateToTheSupervisor() {
		CaseApi api = new CaseApi(client());
		String id = dispatched(api, "UNLICENSED");
		// Arrange: the case was dispatched 10 days ago and was due 2 days ago (1x
		// overdue).
		moveDeadline(id, Duration.ofDays(10), Duration.ofDays(2));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.getJson("supervisor", "/api/complaints/cases/{id}", id)
				.get("escalationLevel")
				.asInt() == 1);
		assertThat(api.allItems("supervisor", "/api/complaints/supervision/alerts").toString()).contains(id);
		// Dispatched 10 days ago with a 4-day period, due 6 days ago: the period has
		// passed twice.
		moveDeadline(id, Duration.ofDays(10), Duration.ofDays(6));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.getJson("supervisor", "/api/complaints/cases/{id}", id)
				.get("escalationLevel")
				.asInt() == 2);
	}

	@Test
	void anAnsweredCaseNotEvaluatedWithinTheWindowCloses() {
		CaseApi api = new CaseApi(client());
		String id = dispatched(api, "SMUGGLED");
		api.act("handler.xihu", id, CaseActionDto.START);
		api.act("handler.xihu", id,
				new CaseActionRequestDto().action(CaseActionDto.ANSWER)
					.publicAnswer("已核查。")
					.outcome(OutcomeDto.REFERRED));
		this.db.sql("UPDATE cases SET evaluation_due_at = :t WHERE id = :id")
			.bind("t", Instant.now().minus(Duration.ofMinutes(1)))
			.bind("id", UUID.fromString(id))
			.then()
			.block();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "CLOSED".equals(api.getJson("supervisor", "/api/complaints/cases/{id}", id)
				.get("summary")
				.get("state")
				.asString()));
		assertThat(api.getJson("supervisor", "/api/complaints/cases/{id}", id).get("outcome").asString())
			.isEqualTo("REFERRED");
	}

	private String dispatched(CaseApi api, String category) {
		String id = api.caseIdOf(api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", category))
			.get("caseNumber")
			.asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		return id;
	}

	private static LocalDate dueDate(CaseApi api, String id) {
		String due = api.getJson("supervisor", "/api/complaints/cases/{id}", id)
			.get("summary")
			.get("answerDueAt")
			.asString();
		return Instant.parse(due).atZone(ZONE).toLocalDate();
	}

	private void moveDeadline(String id, Duration dispatchedAgo, Duration dueAgo) {
		Instant now = Instant.now();
		this.db.sql("UPDATE cases SET dispatched_at = :d, answer_due_at = :due WHERE id = :id")
			.bind("d", now.minus(dispatchedAgo))
			.bind("due", now.minus(dueAgo))
			.bind("id", UUID.fromString(id))
			.then()
			.block();
	}

}
