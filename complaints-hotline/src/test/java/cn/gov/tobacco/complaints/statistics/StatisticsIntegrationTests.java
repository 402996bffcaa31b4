package cn.gov.tobacco.complaints.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;

class StatisticsIntegrationTests extends IntegrationTestSupport {

	@Test
	void supervisorGetsCasesByKindCategoryDistrictAndWeek() {
		file(Reports.salesToMinors("330106"), null, null, Map.of()).expectStatus().isCreated();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		client().get()
			.uri("/api/complaints/statistics?from={from}&to={to}", today.minusDays(7), today)
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.value((total) -> org.assertj.core.api.Assertions.assertThat(((Number) total).longValue()).isPositive())
			.jsonPath("$.byKind[?(@.key == 'REPORT')]")
			.exists()
			.jsonPath("$.byCategory[?(@.key == 'SALES_TO_MINORS')]")
			.exists()
			.jsonPath("$.byDistrict[?(@.key == '330106')]")
			.exists()
			.jsonPath("$.byWeek[0].key")
			.value((week) -> org.assertj.core.api.Assertions.assertThat((String) week).matches("\\d{4}-W\\d{2}"));
	}

	@Test
	void onlySupervisorsGetStatisticsAndTheRangeMustBeValid() {
		client().get()
			.uri("/api/complaints/statistics?from=2026-01-01&to=2026-01-31")
			.headers((h) -> h.setBearerAuth(tokenOf("handler.xihu")))
			.exchange()
			.expectStatus()
			.isForbidden();
		client().get()
			.uri("/api/complaints/statistics?from=2026-02-01&to=2026-01-01")
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isBadRequest();
		client().get()
			.uri("/api/complaints/statistics?from=yesterday&to=2026-01-01")
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

}
