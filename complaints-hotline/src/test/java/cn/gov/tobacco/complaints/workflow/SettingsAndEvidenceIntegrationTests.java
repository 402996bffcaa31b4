package cn.gov.tobacco.complaints.workflow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.CategoryChangeDto;
import cn.gov.tobacco.complaints.api.model.NewDeadlineSettingDto;
import cn.gov.tobacco.complaints.calendar.WorkingDays;
import cn.gov.tobacco.complaints.evidence.Jpegs;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SettingsAndEvidenceIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private WorkingDays workingDays;

	@Autowired
	private DatabaseClient db;

	@Test
	void aNewDeadlineSettingAppliesToNewDispatchesAndTheOldOneStaysInTheHistory() {
		CaseApi api = new CaseApi(client());
		String category = "DL_" + Reports.unique().toUpperCase().replaceAll("[^A-Z0-9]", "X");
		client().put()
			.uri("/api/complaints/categories/{code}", category)
			.headers((h) -> h.setBearerAuth(tokenOf("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new CategoryChangeDto("测试", "Test", false, true))
			.exchange()
			.expectStatus()
			.isOk();
		addSetting("supervisor", category, 9).expectStatus().isForbidden();
		addSetting("admin", category, 9).expectStatus().isCreated();
		addSetting("admin", category, 3).expectStatus().isCreated();
		addSetting("admin", "NO_SUCH_CATEGORY", 3).expectStatus().isEqualTo(422);

		String id = api.caseIdOf(api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", category))
			.get("caseNumber")
			.asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		JsonNode dispatched = api.act("agent", id, CaseActionDto.DISPATCH);
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		LocalDate due = Instant.parse(dispatched.get("summary").get("answerDueAt").asString())
			.atZone(zone)
			.toLocalDate();
		assertThat(due).isEqualTo(this.workingDays.calendar().block().addWorkingDays(LocalDate.now(zone), 3).due());

		JsonNode history = api.getJson("supervisor", "/api/complaints/deadline-settings");
		assertThat(history.findValuesAsString("category").stream().filter(category::equals)).hasSize(2);
	}

	@Test
	void staffDownloadThePhotoWithoutItsLocationAndTheAuditLogCannotBeRewritten() {
		CaseApi api = new CaseApi(client());
		byte[] photo = Jpegs.withExifLocation(3000);
		FiledBody filed = file(Reports.salesToMinors("330106"), photo, "IMG_0001.JPG", Map.of())
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		String id = api.caseIdOf(filed.caseNumber());
		JsonNode attachment = api.getJson("handler.xihu", "/api/complaints/cases/{id}", id).get("attachments").get(0);
		byte[] downloaded = api
			.get("handler.xihu", "/api/complaints/cases/{id}/attachments/{a}", id, attachment.get("id").asString())
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_JPEG)
			.expectBody()
			.returnResult()
			.getResponseBody();
		String text = new String(downloaded, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("GPSLatitude").doesNotContain("Exif").contains("JFIF");
		assertThat(downloaded.length).isLessThan(photo.length);
		api.get("handler.xihu", "/api/complaints/cases/{id}/attachments/{a}", id, UUID.randomUUID())
			.expectStatus()
			.isNotFound();

		assertThatThrownBy(() -> this.db.sql("UPDATE audit_log SET actor = 'someone' WHERE aggregate_id = :id")
			.bind("id", UUID.fromString(id))
			.then()
			.block()).hasMessageContaining("permission denied");
	}

	@Test
	void stateChangesReachTheOutboxAndArePublished() {
		FiledBody filed = file(Reports.counterfeit("330106"), null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.db.sql("""
					SELECT count(*) FILTER (WHERE o.published_at IS NULL) AS pending, count(*) AS total
					FROM outbox o JOIN cases c ON c.id = o.aggregate_id WHERE c.case_number = :n""")
				.bind("n", filed.caseNumber())
				.map((row, meta) -> row.get("total", Long.class) > 0 && row.get("pending", Long.class) == 0)
				.one()
				.block());
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec addSetting(String user,
			String category, int days) {
		return client().post()
			.uri("/api/complaints/deadline-settings")
			.headers((h) -> h.setBearerAuth(tokenOf(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new NewDeadlineSettingDto(CaseKindDto.REPORT, 24, days).category(category))
			.exchange();
	}

}
