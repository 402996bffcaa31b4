package cn.gov.tobacco.complaints.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.calendar.CalendarDay;
import cn.gov.tobacco.platform.calendar.DayKind;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;

/**
 * The working-day calendar, owned by licensing (DESIGN §4) and read through its public
 * calendar endpoint. Each year's answer is kept with its ETag in {@code calendar_cache}:
 * polled every {@code complaints.calendar.refresh} with If-None-Match (a 304 costs
 * nothing), rebuilt on a change, and used as it stands when licensing cannot be reached
 * (logged, counted in {@code complaints_calendar_refresh_failures_total}).
 */
@Component
public class WorkingDays {

	private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

	private final DatabaseClient db;

	private final WebClient client;

	private final JsonMapper json;

	private final CalendarProperties properties;

	private final BureauClock clock;

	private final Counter failures;

	private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

	WorkingDays(DatabaseClient db, JsonMapper json, CalendarProperties properties, MeterRegistry registry,
			BureauClock clock) {
		this.db = db;
		this.client = WebClient.builder().baseUrl(properties.baseUrl()).build();
		this.json = json;
		this.properties = properties;
		this.clock = clock;
		this.failures = Counter.builder("complaints_calendar_refresh_failures")
			.description("Calendar refreshes from licensing that failed; the cached copy stays in use")
			.register(registry);
	}

	/** The calendar in use: the last copy loaded from the cache. */
	public Mono<WorkingDayCalendar> calendar() {
		WorkingDayCalendar calendar = this.current.get();
		return (calendar != null) ? Mono.just(calendar) : load();
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		refresh().subscribe();
	}

	@Scheduled(fixedDelayString = "${complaints.calendar.refresh:5m}",
			initialDelayString = "${complaints.calendar.refresh:5m}")
	Mono<Void> scheduled() {
		return refresh();
	}

	/**
	 * Polls licensing for every kept year, stores what changed and rebuilds the calendar.
	 * Never fails: a year that cannot be read keeps its cached copy.
	 */
	public Mono<Void> refresh() {
		int year = this.clock.today().getYear();
		return Flux
			.range(year - this.properties.yearsBack(), this.properties.yearsBack() + this.properties.yearsAhead() + 1)
			.concatMap(this::refreshYear)
			.then(load())
			.then();
	}

	private Mono<Boolean> refreshYear(int year) {
		return cachedEtag(year).defaultIfEmpty("")
			.flatMap((etag) -> this.client.get().uri("/api/licensing/public/calendar/{year}", year).headers((h) -> {
				if (!etag.isEmpty()) {
					h.setIfNoneMatch(etag);
				}
			}).exchangeToMono((response) -> {
				if (response.statusCode().isSameCodeAs(HttpStatus.NOT_MODIFIED)) {
					return response.releaseBody().thenReturn(false);
				}
				if (!response.statusCode().is2xxSuccessful()) {
					return response.createError();
				}
				String newEtag = response.headers().asHttpHeaders().getETag();
				return response.bodyToMono(String.class)
					.flatMap((body) -> store(year, (newEtag != null) ? newEtag : "", body))
					.thenReturn(true);
			}).timeout(this.properties.timeout()))
			.doOnNext((changed) -> {
				if (changed) {
					log.info("Calendar {} updated from licensing", year);
				}
			})
			.onErrorResume((ex) -> {
				this.failures.increment();
				log.warn("Calendar {} could not be read from licensing ({}); the cached copy stays in use", year,
						ex.toString());
				return Mono.just(false);
			});
	}

	private Mono<String> cachedEtag(int year) {
		return this.db.sql("SELECT etag FROM calendar_cache WHERE year = :year")
			.bind("year", year)
			.map((row, meta) -> row.get("etag", String.class))
			.one();
	}

	private Mono<Void> store(int year, String etag, String body) {
		JsonNode node = this.json.readTree(body);
		if (node.path("year").asInt() != year || !node.path("days").isArray()) {
			return Mono.error(new IllegalStateException("unexpected calendar answer"));
		}
		return this.db.sql("""
				INSERT INTO calendar_cache (year, etag, body, fetched_at) VALUES (:year, :etag, :body, now())
				ON CONFLICT (year) DO UPDATE SET etag = excluded.etag, body = excluded.body, fetched_at = now()""")
			.bind("year", year)
			.bind("etag", etag)
			.bind("body", body)
			.then();
	}

	/** Rebuilds the calendar from every cached year. */
	Mono<WorkingDayCalendar> load() {
		return this.db.sql("SELECT body FROM calendar_cache ORDER BY year")
			.map((row, meta) -> row.get("body", String.class))
			.all()
			.flatMapIterable(this::days)
			.collectList()
			.map(WorkingDayCalendar::new)
			.doOnNext(this.current::set)
			.timeout(Duration.ofSeconds(10));
	}

	private List<CalendarDay> days(String body) {
		JsonNode node = this.json.readTree(body);
		List<CalendarDay> days = new java.util.ArrayList<>();
		for (JsonNode day : node.path("days")) {
			days.add(new CalendarDay(LocalDate.parse(day.path("date").asString()),
					DayKind.valueOf(day.path("kind").asString()), day.path("note").asString(""),
					day.path("provisional").asBoolean(false)));
		}
		return days;
	}

}
