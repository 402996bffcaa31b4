package cn.gov.tobacco.licensing.license;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CalendarDayUpdateDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public reads are cacheable: an ETag and a Cache-Control on the answer, 304 without
 * a body for a current If-None-Match, a new ETag (and the new content) once the content
 * changed, at once after an ADMIN's edit of the calendar.
 */
@LicensingIntegrationTest
class PublicReadsCachingIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Test
	void theCalendarYearIsCacheableAndAnAdminsEditShowsAtOnce() {
		String path = "/api/licensing/public/calendar/2029";
		EntityExchangeResult<String> first = get(path, null);
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).startsWith("\"");
		assertThat(first.getResponseHeaders().getCacheControl()).as("browsers revalidate, a shared cache keeps 10 s")
			.isEqualTo("max-age=0, public, s-maxage=10");
		assertThat(get(path, null).getResponseHeaders().getETag()).as("the same answer, the same tag").isEqualTo(etag);

		EntityExchangeResult<String> unchanged = get(path, etag);
		assertThat(unchanged.getStatus().value()).isEqualTo(304);
		assertThat(unchanged.getResponseBody()).isNull();
		assertThat(unchanged.getResponseHeaders().getETag()).isEqualTo(etag);

		Fixtures fx = new Fixtures(this.http);
		try {
			fx.send("admin", "PUT", "/api/licensing/admin/calendar/2029-03-05",
					new CalendarDayUpdateDto(CalendarDayUpdateDto.KindEnum.HOLIDAY).note("缓存测试 · cache test"))
				.expectStatus()
				.isOk();
			EntityExchangeResult<String> edited = get(path, etag);
			assertThat(edited.getStatus().value()).as("the old tag is stale after the edit").isEqualTo(200);
			assertThat(edited.getResponseBody()).contains("2029-03-05").contains("缓存测试");
			String editedTag = edited.getResponseHeaders().getETag();
			assertThat(editedTag).isNotEqualTo(etag);
			assertThat(get(path, editedTag).getStatus().value()).isEqualTo(304);

			// the note alone changes the tag too
			fx.send("admin", "PUT", "/api/licensing/admin/calendar/2029-03-05",
					new CalendarDayUpdateDto(CalendarDayUpdateDto.KindEnum.HOLIDAY).note("另一个说明 · another note"))
				.expectStatus()
				.isOk();
			EntityExchangeResult<String> renamed = get(path, editedTag);
			assertThat(renamed.getStatus().value()).isEqualTo(200);
			assertThat(renamed.getResponseBody()).contains("另一个说明");
		}
		finally {
			fx.send("admin", "DELETE", "/api/licensing/admin/calendar/2029-03-05", null).expectStatus().isNoContent();
		}
		EntityExchangeResult<String> removed = get(path, null);
		assertThat(removed.getResponseBody()).doesNotContain("2029-03-05");
		assertThat(removed.getResponseHeaders().getETag()).as("back to the first content").isEqualTo(etag);
	}

	@Test
	void theLicenseCheckIsCacheableForAMinuteAndItsTagFollowsTheLicense() {
		String licenseNo = new Fixtures(this.http).approvedNew("retailer.xihu");
		String path = "/api/licensing/public/licenses/" + licenseNo;
		EntityExchangeResult<String> first = get(path, null);
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).startsWith("\"");
		assertThat(first.getResponseHeaders().getCacheControl()).contains("max-age=60").contains("public");
		assertThat(get(path, etag).getStatus().value()).isEqualTo(304);

		this.db.sql("update license set valid_until = :until where number = :n")
			.bind("until", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(2))
			.bind("n", licenseNo)
			.then()
			.block();
		EntityExchangeResult<String> changed = get(path, etag);
		assertThat(changed.getStatus().value()).isEqualTo(200);
		assertThat(changed.getResponseHeaders().getETag()).isNotEqualTo(etag);
	}

	private EntityExchangeResult<String> get(String path, String ifNoneMatch) {
		return this.http.get().uri(path).headers((h) -> {
			if (ifNoneMatch != null) {
				h.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
			}
		}).exchange().expectBody(String.class).returnResult();
	}

}
