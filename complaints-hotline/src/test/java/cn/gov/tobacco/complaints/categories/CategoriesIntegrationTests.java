package cn.gov.tobacco.complaints.categories;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.CategoryChangeDto;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.intake.Reports;

import static org.assertj.core.api.Assertions.assertThat;

class CategoriesIntegrationTests extends IntegrationTestSupport {

	@Test
	void anyoneReadsTheTreeAndOnlyAnAdminEditsIt() {
		client().get()
			.uri("/api/complaints/categories")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code == 'SALES_TO_MINORS')].urgent")
			.isEqualTo(true);

		String code = "TEST_" + Reports.unique().toUpperCase().replaceAll("[^A-Z0-9]", "X");
		CategoryChangeDto body = underIllegalSales("向孕妇售烟", "Sales to pregnant women", true, true);
		put(code, body, "supervisor").expectStatus().isForbidden();
		put(code, body, "admin").expectStatus().isOk().expectBody().jsonPath("$.urgent").isEqualTo(true);

		NewReportDto report = Reports.report(CaseKindDto.REPORT, code, "330106", "测试路" + Reports.unique(),
				"该店多次向孕妇出售香烟，今天下午仍有发生。", null);
		file(report, null, null, Map.of()).expectStatus().isCreated();

		put(code, underIllegalSales("向孕妇售烟", "Sales to pregnant women", true, true).parentCode("NOPE"), "admin")
			.expectStatus()
			.isEqualTo(422);
		put(code, underIllegalSales("向孕妇售烟", "Sales to pregnant women", true, false), "admin").expectStatus().isOk();
		file(report, null, null, Map.of()).expectStatus().isBadRequest();
	}

	@Test
	void theTreeIsCacheableAndAnAdminsEditShowsAtOnce() {
		EntityExchangeResult<String> first = list(null);
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).startsWith("\"");
		assertThat(first.getResponseHeaders().getCacheControl()).as("browsers revalidate, a shared cache keeps 10 s")
			.isEqualTo("max-age=0, public, s-maxage=10");
		assertThat(list(null).getResponseHeaders().getETag()).as("the same tree, the same tag").isEqualTo(etag);
		EntityExchangeResult<String> unchanged = list(etag);
		assertThat(unchanged.getStatus().value()).isEqualTo(304);
		assertThat(unchanged.getResponseBody()).isNull();

		String code = "TEST_" + Reports.unique().toUpperCase().replaceAll("[^A-Z0-9]", "X");
		put(code, underIllegalSales("缓存测试", "Cache test", false, true), "admin").expectStatus().isOk();
		EntityExchangeResult<String> edited = list(etag);
		assertThat(edited.getStatus().value()).as("the old tag is stale after the edit").isEqualTo(200);
		assertThat(edited.getResponseBody()).contains(code).contains("缓存测试");
		String editedTag = edited.getResponseHeaders().getETag();
		assertThat(editedTag).isNotEqualTo(etag);
		assertThat(list(editedTag).getStatus().value()).isEqualTo(304);

		// a refused edit changes nothing
		put(code, underIllegalSales("改名", "Renamed", false, true), "supervisor").expectStatus().isForbidden();
		assertThat(list(editedTag).getStatus().value()).isEqualTo(304);

		put(code, underIllegalSales("改名", "Renamed", false, false), "admin").expectStatus().isOk();
		EntityExchangeResult<String> renamed = list(editedTag);
		assertThat(renamed.getStatus().value()).isEqualTo(200);
		assertThat(renamed.getResponseBody()).contains("改名").doesNotContain("缓存测试");
	}

	private EntityExchangeResult<String> list(String ifNoneMatch) {
		return client().get().uri("/api/complaints/categories").headers((h) -> {
			if (ifNoneMatch != null) {
				h.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
			}
		}).exchange().expectBody(String.class).returnResult();
	}

	/**
	 * A category under ILLEGAL_SALES; a new instance each call, as the setters change it.
	 */
	private static CategoryChangeDto underIllegalSales(String nameZh, String nameEn, boolean urgent, boolean active) {
		return new CategoryChangeDto(nameZh, nameEn, urgent, active).parentCode("ILLEGAL_SALES");
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec put(String code,
			CategoryChangeDto body, String user) {
		return client().put()
			.uri("/api/complaints/categories/{code}", code)
			.headers((h) -> h.setBearerAuth(tokenOf(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
