package cn.gov.tobacco.complaints.workflow;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case outside the caller's subtree does not exist for them: 404 on every path, and it
 * is absent from their lists. Here a Ningbo case (330203) against the Hangzhou agent and
 * supervisor (330100) and the Xihu handler (330106).
 */
class JurisdictionScopingIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DatabaseClient db;

	@Test
	void aCaseOutsideTheSubtreeIsNotFoundOnEveryPathAndMissingFromLists() {
		CaseApi api = new CaseApi(client());
		Reports.FiledBody filed = file(Reports.counterfeit("330203"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(Reports.FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(filed.state()).isEqualTo("RECEIVED");
		String caseId = idOf(filed.caseNumber());

		for (String user : new String[] { "agent", "supervisor", "handler.xihu" }) {
			api.get(user, "/api/complaints/cases/{id}", caseId)
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType("application/problem+json");
			api.send(user, caseId, new CaseActionRequestDto().action(CaseActionDto.ACCEPT).version(0L))
				.expectStatus()
				.isNotFound();
			api.get(user, "/api/complaints/cases/{id}/attachments/{a}", caseId, UUID.randomUUID())
				.expectStatus()
				.isNotFound();
			assertThat(api.allItems(user, "/api/complaints/cases").toString()).doesNotContain(filed.caseNumber());
		}
		api.get("supervisor", "/api/complaints/cases/{id}/audit", caseId).expectStatus().isNotFound();
		api.get("supervisor", "/api/complaints/cases/{id}/reporter", caseId).expectStatus().isNotFound();
	}

	/** No one in Hangzhou can list it, so its id comes from the database. */
	private String idOf(String caseNumber) {
		return this.db.sql("SELECT id FROM cases WHERE case_number = :n")
			.bind("n", caseNumber)
			.map((row, meta) -> row.get("id", UUID.class).toString())
			.one()
			.block();
	}

}
