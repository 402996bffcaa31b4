package cn.gov.tobacco.complaints.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.calendar.WorkingDays;
import cn.gov.tobacco.platform.calendar.CalendarDay;
import cn.gov.tobacco.platform.calendar.DayKind;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar is licensing's: ADMIN marks a day off there, and a complaint deadline
 * computed afterwards skips it. Licensing does not run in these tests; WireMock serves
 * its published contract ({@code GET /api/licensing/public/calendar/{year}} of
 * openapi/licensing.yaml, with ETag and 304). The whole path through the real licensing
 * is covered by the gateway's end-to-end tests.
 */
class LicensingCalendarIntegrationTests extends IntegrationTestSupport {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final WireMockServer licensing = new WireMockServer(options().port(18346));

	@Autowired
	private WorkingDays workingDays;

	@Autowired
	private JsonMapper json;

	@Autowired
	private MeterRegistry meters;

	private WorkingDayCalendar original;

	@BeforeAll
	static void start() {
		licensing.start();
	}

	@AfterAll
	static void stop() {
		licensing.stop();
	}

	@AfterEach
	void restore() {
		if (this.original != null) {
			licensing.resetAll();
			serve(this.original, null, "\"restored\"");
			this.workingDays.refresh().block();
		}
	}

	@Test
	void aDayAdminMarksOffInLicensingIsSkippedByTheNextComplaintDeadline() {
		this.original = this.workingDays.calendar().block();
		LocalDate today = LocalDate.now(ZONE);
		LocalDate marked = this.original.addWorkingDays(today, 1).due();
		LocalDate before = this.original.addWorkingDays(today, 15).due();

		// ADMIN marks the first working day after today off in licensing.
		serve(this.original, marked, "\"v2\"");
		this.workingDays.refresh().block();

		WorkingDayCalendar now = this.workingDays.calendar().block();
		assertThat(now.isWorkingDay(marked)).isFalse();
		LocalDate after = now.addWorkingDays(today, 15).due();
		assertThat(after).isAfter(before);
		CaseApi api = new CaseApi(client());
		String id = dispatched(api, "COUNTERFEIT");
		assertThat(dueDate(api, id)).isEqualTo(after);

		// The next poll sends the ETag it has: unchanged, 304, nothing changes.
		licensing.stubFor(get(urlPathEqualTo("/api/licensing/public/calendar/" + marked.getYear()))
			.withHeader("If-None-Match", equalTo("\"v2\""))
			.atPriority(1)
			.willReturn(aResponse().withStatus(304)));
		this.workingDays.refresh().block();
		licensing.verify(getRequestedFor(urlPathEqualTo("/api/licensing/public/calendar/" + marked.getYear()))
			.withHeader("If-None-Match", equalTo("\"v2\"")));
		assertThat(this.workingDays.calendar().block().isWorkingDay(marked)).isFalse();
	}

	@Test
	void whileLicensingCannotBeReachedTheCachedCalendarServesAndTheFailureIsCounted() {
		this.original = this.workingDays.calendar().block();
		LocalDate today = LocalDate.now(ZONE);
		LocalDate marked = this.original.addWorkingDays(today, 2).due();
		serve(this.original, marked, "\"v3\"");
		this.workingDays.refresh().block();

		licensing.resetAll();
		licensing.stubFor(get(urlPathEqualTo("/api/licensing/public/calendar/" + today.getYear()))
			.willReturn(aResponse().withStatus(503)));
		double failuresBefore = failures();
		this.workingDays.refresh().block();

		assertThat(failures()).isGreaterThan(failuresBefore);
		// The last copy (with the marked day) is still the calendar, also after a reload
		// from the cache table.
		assertThat(this.workingDays.calendar().block().isWorkingDay(marked)).isFalse();
		CaseApi api = new CaseApi(client());
		String id = dispatched(api, "COUNTERFEIT");
		assertThat(dueDate(api, id)).isEqualTo(this.workingDays.calendar().block().addWorkingDays(today, 15).due());
	}

	private double failures() {
		var counter = this.meters.find("complaints_calendar_refresh_failures").counter();
		return (counter != null) ? counter.count() : 0;
	}

	/**
	 * Licensing's answer for every year the service keeps: the calendar's days as ADMIN
	 * entered them, with {@code offDay} added as a holiday.
	 */
	private void serve(WorkingDayCalendar calendar, LocalDate offDay, String etag) {
		int year = LocalDate.now(ZONE).getYear();
		for (int y = year - 1; y <= year + 2; y++) {
			List<Map<String, Object>> days = new ArrayList<>();
			boolean published = calendar.isPublished(y) || (offDay != null && offDay.getYear() == y);
			for (CalendarDay day : calendar.days(y)) {
				// Entering a year's day enters its arrangement: the statutory days become
				// ADMIN's.
				days.add(day(day.date(), day.kind(), published ? false : day.provisional()));
			}
			if (offDay != null && offDay.getYear() == y) {
				days.add(day(offDay, DayKind.HOLIDAY, false));
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("year", y);
			body.put("published", published);
			body.put("days", days);
			licensing.stubFor(get(urlPathEqualTo("/api/licensing/public/calendar/" + y)).atPriority(5)
				.willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withHeader("ETag", etag)
					.withBody(this.json.writeValueAsString(body))));
		}
	}

	private static Map<String, Object> day(LocalDate date, DayKind kind, boolean provisional) {
		Map<String, Object> day = new LinkedHashMap<>();
		day.put("date", date.toString());
		day.put("kind", kind.name());
		day.put("note", "测试");
		day.put("provisional", provisional);
		return day;
	}

	private static String dispatched(CaseApi api, String category) {
		String id = api.caseIdOf(api.logCall("agent", CaseLifecycleIntegrationTests.call("330106", category))
			.get("caseNumber")
			.asString());
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		return id;
	}

	private static LocalDate dueDate(CaseApi api, String id) {
		String due = api.getJson("supervisor", "/api/complaints/cases/{id}", id)
			.get("summary")
			.get("answerDueAt")
			.asString();
		return Instant.parse(due).atZone(ZONE).toLocalDate();
	}

}
