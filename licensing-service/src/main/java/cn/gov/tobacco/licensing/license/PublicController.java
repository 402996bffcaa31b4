package cn.gov.tobacco.licensing.license;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	private static final Duration LICENSE_MAX_AGE = Duration.ofMinutes(1);

	/**
	 * How long a shared cache (the gateway's, for anonymous readers) may keep the
	 * calendar; browsers revalidate it each time.
	 */
	private static final Duration CALENDAR_SHARED_MAX_AGE = Duration.ofSeconds(10);

	private final LicenseRepository licenses;

	private final CalendarService calendars;

	private final Map<Integer, PublishedYear> years = new ConcurrentHashMap<>();

	PublicController(LicenseRepository licenses, CalendarService calendars) {
		this.licenses = licenses;
		this.calendars = calendars;
	}

	// If-None-Match (declared in the contract) is answered by WebFlux itself: a current
	// ETag
	// turns the ResponseEntity below into a 304 without a body.

	/**
	 * Only status, business name, premises and validity: nothing about the holder. A
	 * scanned certificate may be shown for a minute (a suspension or revocation shows
	 * within it); after that the reader revalidates with If-None-Match (304 unchanged).
	 */
	@Override
	public Mono<ResponseEntity<PublicLicenseDto>> verifyLicense(String licenseNo, String ifNoneMatch,
			ServerWebExchange exchange) {
		return this.licenses.findByNumber(licenseNo)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("许可证不存在", "No such license")))
			.map((l) -> new PublicLicenseDto().number(l.number())
				.status(LicenseStatusDto.valueOf(l.status().name()))
				.businessName(l.holder().businessName())
				.premisesAddress(l.holder().address())
				.validFrom(l.validFrom())
				.validUntil(l.validUntil()))
			.map((license) -> ResponseEntity.ok()
				.eTag(ETags.of(license.getNumber(), license.getStatus(), license.getBusinessName(),
						license.getPremisesAddress(), license.getValidFrom(), license.getValidUntil()))
				.cacheControl(CacheControl.maxAge(LICENSE_MAX_AGE).cachePublic())
				.body(license));
	}

	/**
	 * The year's days from the calendar the service holds in memory (reloaded after each
	 * ADMIN change and every minute), the answer built once per loaded calendar. Other
	 * services and browsers keep it and revalidate it each time with If-None-Match (304
	 * unchanged): the ADMIN's calendar page, signed in, shows an edit at once. A shared
	 * cache may answer anonymous readers for ten seconds.
	 */
	@Override
	public Mono<ResponseEntity<CalendarYearDto>> getCalendarYear(Integer year, String ifNoneMatch,
			ServerWebExchange exchange) {
		return this.calendars.listed(year).map((listed) -> {
			PublishedYear cached = this.years.get(year);
			PublishedYear published = (cached != null && cached.source() == listed) ? cached : publish(year, listed);
			if (published != cached) {
				this.years.put(year, published);
			}
			return ResponseEntity.ok()
				.eTag(published.etag())
				.cacheControl(CacheControl.maxAge(Duration.ZERO).cachePublic().sMaxAge(CALENDAR_SHARED_MAX_AGE))
				.body(published.body());
		});
	}

	private static PublishedYear publish(int year, List<CalendarDay> listed) {
		List<CalendarDay> days = listed.isEmpty() ? StatutoryHolidays.of(year) : listed;
		String etag = ETags.of(year,
				days.stream().map((d) -> d.date() + ":" + d.kind() + ":" + d.provisional() + ":" + d.note()).toList());
		CalendarYearDto body = new CalendarYearDto().year(year)
			.published(!listed.isEmpty())
			.days(days.stream()
				.map((d) -> new CalendarDayDto().date(d.date())
					.kind(CalendarDayDto.KindEnum.valueOf(d.kind().name()))
					.note(d.note())
					.provisional(d.provisional()))
				.toList());
		return new PublishedYear(listed, etag, body);
	}

	/** A year's answer and the listed days it was built from. */
	private record PublishedYear(List<CalendarDay> source, String etag, CalendarYearDto body) {
	}

}
