package cn.gov.tobacco.complaints.divisions;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionsIntegrationTests extends IntegrationTestSupport {

	@Test
	void anyoneReadsTheWholeTreeByNameInChineseAndEnglish() {
		client().get()
			.uri("/api/complaints/public/divisions")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.expectBody()
			.jsonPath("$[0].code")
			.isEqualTo("330000")
			.jsonPath("$[0].name")
			.isEqualTo("浙江省")
			.jsonPath("$[0].nameEn")
			.isEqualTo("Zhejiang")
			.jsonPath("$[0].level")
			.isEqualTo("PROVINCE")
			.jsonPath("$[0].parentCode")
			.doesNotExist()
			.jsonPath("$[?(@.code == '330100')].name")
			.isEqualTo("杭州市")
			.jsonPath("$[?(@.code == '330100')].parentCode")
			.isEqualTo("330000")
			.jsonPath("$[?(@.code == '330106')].name")
			.isEqualTo("西湖区")
			.jsonPath("$[?(@.code == '330106')].nameEn")
			.isEqualTo("Xihu")
			.jsonPath("$[?(@.code == '330106')].parentCode")
			.isEqualTo("330100")
			.jsonPath("$[?(@.code == '330106')].level")
			.isEqualTo("COUNTY")
			.jsonPath("$[?(@.code == '330112')].nameEn")
			.isEqualTo("Lin'an")
			// every county has a city above it; Zhejiang 2021: the province, 11 cities,
			// 90 counties
			.jsonPath("$[?(@.level == 'COUNTY' && !@.parentCode)]")
			.doesNotExist()
			.jsonPath("$.length()")
			.isEqualTo(1 + 11 + 90);
	}

	@Test
	void theSameListIsNotSentTwice() {
		String etag = client().get()
			.uri("/api/complaints/public/divisions")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(etag).startsWith("\"").endsWith("\"");
		client().get()
			.uri("/api/complaints/public/divisions")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
	}

	@Test
	void provinceAndCityRowsAreNamesOnlyIntakeStillWantsACounty() {
		file(Reports.salesToMinors("330100"), null, null, java.util.Map.of()).expectStatus().isEqualTo(422);
		file(Reports.salesToMinors("330000"), null, null, java.util.Map.of()).expectStatus().isEqualTo(422);
		file(Reports.salesToMinors("330106"), null, null, java.util.Map.of()).expectStatus().isCreated();
	}

}
