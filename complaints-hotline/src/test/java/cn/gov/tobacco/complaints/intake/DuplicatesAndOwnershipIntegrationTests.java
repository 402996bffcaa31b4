package cn.gov.tobacco.complaints.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DuplicatesAndOwnershipIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DatabaseClient db;

	@Test
	void aRepeatAboutTheSameAddressAndCategoryIsLinkedToTheOpenCase() {
		String address = "莫干山路" + Reports.unique() + "号 烟酒店";
		NewReportDto report = Reports.report(CaseKindDto.REPORT, "SMUGGLED", "330106", address,
				"该店销售无中文标识的外烟，价格很低，疑似走私。", null);
		FiledBody first = file(report, null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		NewReportDto repeat = Reports.report(CaseKindDto.REPORT, "SMUGGLED", "330106", address.replace(" ", ""),
				"又看到这家店在卖走私烟，柜台下面有整箱的外烟。", null);
		FiledBody second = file(repeat, null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(second.state()).isEqualTo("CLOSED");
		assertThat(second.caseNumber()).isNotEqualTo(first.caseNumber());
		client().get()
			.uri("/api/complaints/public/reports/{code}", second.trackingCode())
			.exchange()
			.expectBody()
			.jsonPath("$.linkedCaseNumber")
			.isEqualTo(first.caseNumber());

		NewReportDto otherCategory = Reports.report(CaseKindDto.REPORT, "COUNTERFEIT", "330106", address,
				"该店销售无中文标识的外烟，价格很低，疑似走私。", null);
		file(otherCategory, null, null, Map.of()).expectBody().jsonPath("$.state").isEqualTo("RECEIVED");
	}

	@Test
	void aSignedInCitizenSeesOnlyTheirOwnReports() {
		FiledBody mine = file(Reports.counterfeit("330106"), null, null,
				Map.of("Authorization", "Bearer " + tokenOf("citizen")))
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		client().get()
			.uri("/api/complaints/my/reports?limit=100")
			.headers((h) -> h.setBearerAuth(tokenOf("citizen")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.caseNumber == '" + mine.caseNumber() + "')]")
			.exists();
		client().get()
			.uri("/api/complaints/my/reports?limit=100")
			.headers((h) -> h.setBearerAuth(tokenOf("retailer.xihu")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.caseNumber == '" + mine.caseNumber() + "')]")
			.doesNotExist();
		client().get().uri("/api/complaints/my/reports").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void reporterDataIsAnonymisedAfterTheRetentionPeriod() {
		FiledBody refused = file(Reports.salesToMinors("110105"), null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused.state()).isEqualTo("NOT_ACCEPTED");
		this.db.sql("UPDATE cases SET closed_at = :t WHERE case_number = :n")
			.bind("t", Instant.now().minus(Duration.ofDays(4 * 365)))
			.bind("n", refused.caseNumber())
			.then()
			.block();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.db
				.sql("SELECT reporter_name IS NULL AND reporter_phone IS NULL AND reporter_masked = '' AS gone "
						+ "FROM cases WHERE case_number = :n")
				.bind("n", refused.caseNumber())
				.map((row, meta) -> row.get("gone", Boolean.class))
				.one()
				.block());
	}

}
