package cn.gov.tobacco.licensing.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CalendarDayUpdateDto;
import cn.gov.tobacco.platform.calendar.CalendarDay;
import cn.gov.tobacco.platform.calendar.DayKind;
import cn.gov.tobacco.platform.calendar.Deadline;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded State Council arrangements, read through the public endpoint other services
 * use, give these deadlines (the start day is not counted).
 */
@LicensingIntegrationTest
class CalendarIntegrationTests {

	@Autowired
	WebTestClient http;

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# start      | working days | due        | assumed Mon–Fri | why
					2026-09-30   | 5            | 2026-10-13 | false           | 国庆 1–7 Oct off, Sat 10 Oct a make-up working day
					2026-09-30   | 20           | 2026-11-03 | false           | decision deadline across National Day
					2026-02-13   | 5            | 2026-02-27 | false           | Sat 14 Feb make-up, 春节 15–23 Feb off
					2025-09-30   | 5            | 2025-10-14 | false           | 2025: 1–8 Oct off, Sat 11 Oct make-up
					2026-04-30   | 5            | 2026-05-11 | false           | 劳动节 1–5 May off, Sat 9 May make-up
					2026-12-31   | 3            | 2027-01-06 | true            | 2027 not yet published: provisional 元旦 Fri 1 Jan off
					""")
	void deadlinesFollowThePublishedArrangements(LocalDate start, int days, LocalDate due, boolean assumed,
			String why) {
		Deadline deadline = calendar().addWorkingDays(start, days);
		assertThat(deadline.due()).as(why).isEqualTo(due);
		assertThat(deadline.provisional()).as(why).isEqualTo(assumed);
	}

	@Test
	void theYearIsPublicAndSaysWhetherItIsPublished() {
		this.http.get()
			.uri("/api/licensing/public/calendar/2026")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.published")
			.isEqualTo(true)
			.jsonPath("$.days[0].provisional")
			.isEqualTo(false)
			.jsonPath("$.days[?(@.date == '2026-10-10')].kind")
			.isEqualTo(List.of("MAKEUP_WORKDAY"));
		this.http.get()
			.uri("/api/licensing/public/calendar/2031")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.published")
			.isEqualTo(false)
			// The statutory holidays of the regulation, marked provisional: 元旦, 春节 from
			// 除夕
			// (22 Jan 2031), 清明, 劳动节, 端午, 中秋 on 国庆 (1 Oct 2031).
			.jsonPath("$.days.length()")
			.isEqualTo(12)
			.jsonPath("$.days[0].date")
			.isEqualTo("2031-01-01")
			.jsonPath("$.days[1].date")
			.isEqualTo("2031-01-22")
			.jsonPath("$.days[*].provisional")
			.value((List<Boolean> flags) -> assertThat(flags).containsOnly(true));
	}

	@Test
	void onlyAnAdminEditsTheCalendar() {
		Fixtures fx = new Fixtures(this.http);
		fx.send("clerk.xihu", "PUT", "/api/licensing/admin/calendar/2030-01-02",
				new CalendarDayUpdateDto(CalendarDayUpdateDto.KindEnum.HOLIDAY))
			.expectStatus()
			.isForbidden();
		fx.send("admin", "PUT", "/api/licensing/admin/calendar/2030-01-02",
				new CalendarDayUpdateDto(CalendarDayUpdateDto.KindEnum.HOLIDAY).note("测试"))
			.expectStatus()
			.isOk();
		this.http.get()
			.uri("/api/licensing/public/calendar/2030")
			.exchange()
			.expectBody()
			.jsonPath("$.days[0].date")
			.isEqualTo("2030-01-02");
		fx.send("admin", "DELETE", "/api/licensing/admin/calendar/2030-01-02", null).expectStatus().isNoContent();
		fx.send("admin", "DELETE", "/api/licensing/admin/calendar/2030-01-02", null).expectStatus().isNotFound();
	}

	WorkingDayCalendar calendar() {
		List<CalendarDay> days = new ArrayList<>();
		for (int year : new int[] { 2025, 2026 }) {
			JsonNode body = this.http.get()
				.uri("/api/licensing/public/calendar/{y}", year)
				.exchange()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			body.get("days")
				.forEach((d) -> days.add(new CalendarDay(LocalDate.parse(d.get("date").asString()),
						DayKind.valueOf(d.get("kind").asString()), null)));
		}
		return new WorkingDayCalendar(days);
	}

}
