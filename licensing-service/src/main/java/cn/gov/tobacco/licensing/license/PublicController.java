package cn.gov.tobacco.licensing.license;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.PublicApi;
import cn.gov.tobacco.licensing.api.model.CalendarDayDto;
import cn.gov.tobacco.licensing.api.model.CalendarYearDto;
import cn.gov.tobacco.licensing.api.model.LicenseStatusDto;
import cn.gov.tobacco.licensing.api.model.PublicLicenseDto;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.platform.calendar.CalendarDay;
import cn.gov.tobacco.platform.calendar.StatutoryHolidays;
import cn.gov.tobacco.platform.problem.ApiException;

/** What anyone may read without signing in. */
@RestController
class PublicController implements PublicApi {

	private final LicenseRepository licenses;

	private final CalendarService calendars;

	PublicController(LicenseRepository licenses, CalendarService calendars) {
		this.licenses = licenses;
		this.calendars = calendars;
	}

	/** Only status, business name, premises and validity: nothing about the holder. */
	@Override
	public Mono<ResponseEntity<PublicLicenseDto>> verifyLicense(String licenseNo, ServerWebExchange exchange) {
		return this.licenses.findByNumber(licenseNo)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("许可证不存在", "No such license")))
			.map((l) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noCache())
				.body(new PublicLicenseDto().number(l.number())
					.status(LicenseStatusDto.valueOf(l.status().name()))
					.businessName(l.holder().businessName())
					.premisesAddress(l.holder().address())
					.validFrom(l.validFrom())
					.validUntil(l.validUntil())));
	}

	@Override
	public Mono<ResponseEntity<CalendarYearDto>> getCalendarYear(Integer year, ServerWebExchange exchange) {
		return this.calendars.days(year).collectList().map((listed) -> {
			List<CalendarDay> days = listed.isEmpty() ? StatutoryHolidays.of(year) : listed;
			// A version of the year's days: other services poll with If-None-Match (304
			// unchanged).
			String version = Integer.toHexString(
					days.stream().map((d) -> d.date() + ":" + d.kind() + ":" + d.provisional()).toList().hashCode());
			return ResponseEntity.ok()
				.eTag("\"" + year + "-" + version + "\"")
				.cacheControl(CacheControl.noCache())
				.body(new CalendarYearDto().year(year)
					.published(!listed.isEmpty())
					.days(days.stream()
						.map((d) -> new CalendarDayDto().date(d.date())
							.kind(CalendarDayDto.KindEnum.valueOf(d.kind().name()))
							.note(d.note())
							.provisional(d.provisional()))
						.toList()));
		});
	}

}
