package cn.gov.tobacco.complaints.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.calendar.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines DeadlinesAndEscalationIntegrationTests does not check: acknowledgement
 * within 24 hours (2 hours for URGENT) and the per-kind answer period of a consultation
 * (2 working days).
 */
class AcknowledgementDeadlinesIntegrationTests extends IntegrationTestSupport {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private WorkingDays workingDays;

	@Test
	void acknowledgementIsDueADayAfterReceiptAndTwoHoursForUrgentCases() {
		CaseApi api = new CaseApi(client());
		JsonNode normal = detail(api, CaseLifecycleIntegrationTests.call("330106", "COUNTERFEIT"));
		JsonNode urgent = detail(api, CaseLifecycleIntegrationTests.call("330106", "SALES_TO_MINORS"));
		assertThat(ackPeriod(normal)).isEqualTo(Duration.ofHours(24));
		assertThat(ackPeriod(urgent)).isEqualTo(Duration.ofHours(2));
		assertThat(urgent.get("summary").get("urgent").asBoolean()).isTrue();
	}

	@Test
	void aConsultationIsDueInTwoWorkingDays() {
		CaseApi api = new CaseApi(client());
		String id = api.caseIdOf(api
			.logCall("agent", CaseLifecycleIntegrationTests.call("330106", "POLICY").kind(CaseKindDto.CONSULTATION))
			.get("caseNumber")
			.asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		JsonNode dispatched = api.act("agent", id, CaseActionDto.DISPATCH);
		LocalDate due = Instant.parse(dispatched.get("summary").get("answerDueAt").asString())
			.atZone(ZONE)
			.toLocalDate();
		assertThat(due).isEqualTo(this.workingDays.calendar().block().addWorkingDays(LocalDate.now(ZONE), 2).due());
	}

	private static JsonNode detail(CaseApi api, NewCallDto call) {
		String id = api.caseIdOf(api.logCall("agent", call).get("caseNumber").asString());
		return api.getJson("supervisor", "/api/complaints/cases/{id}", id);
	}

	private static Duration ackPeriod(JsonNode detail) {
		return Duration.between(Instant.parse(detail.get("summary").get("receivedAt").asString()),
				Instant.parse(detail.get("acknowledgeDueAt").asString()));
	}

}
