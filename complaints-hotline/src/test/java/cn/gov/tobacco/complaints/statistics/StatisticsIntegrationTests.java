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
	void hotspotsGiveCasesByWeekDistrictAndCategoryAndRatesByDistrictInTheSupervisorsSubtreeOnly() {
		file(Reports.salesToMinors("330106"), null, null, Map.of()).expectStatus().isCreated();
		file(Reports.salesToMinors("330203"), null, null, Map.of()).expectStatus().isCreated();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		client().get()
			.uri("/api/complaints/statistics?from={from}&to={to}", today.minusDays(7), today)
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.hotspots[?(@.district == '330106' && @.category == 'SALES_TO_MINORS')].count")
			.value((counts) -> org.assertj.core.api.Assertions.assertThat((java.util.List<?>) counts)
				.isNotEmpty()
				.allSatisfy((n) -> org.assertj.core.api.Assertions.assertThat(((Number) n).longValue()).isPositive()))
			.jsonPath("$.hotspots[0].week")
			.value((week) -> org.assertj.core.api.Assertions.assertThat((String) week).matches("\\d{4}-W\\d{2}"))
			.jsonPath("$.districtRates[?(@.district == '330106')].count")
			.value((counts) -> org.assertj.core.api.Assertions.assertThat((java.util.List<?>) counts)
				.singleElement()
				.satisfies((n) -> org.assertj.core.api.Assertions.assertThat(((Number) n).longValue()).isPositive()))
			// the supervisor's subtree is the city of Hangzhou: Ningbo's case is not
			// there
			.jsonPath("$.hotspots[?(@.district == '330203')]")
			.doesNotExist()
			.jsonPath("$.districtRates[?(@.district == '330203')]")
			.doesNotExist();
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
