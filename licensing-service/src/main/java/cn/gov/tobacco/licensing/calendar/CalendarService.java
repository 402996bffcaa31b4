package cn.gov.tobacco.licensing.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import cn.gov.tobacco.platform.calendar.CalendarDay;
import cn.gov.tobacco.platform.calendar.DayKind;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;

/**
 * The calendar the deadlines are computed with. Loaded from the table on first use, after
 * every ADMIN change, and every minute (another replica may have changed it). The public
 * calendar reads the same copy: no query per read.
 */
@Service
public class CalendarService {

	private final DatabaseClient db;

	private final AtomicReference<Snapshot> cached = new AtomicReference<>();

	CalendarService(DatabaseClient db) {
		this.db = db;
	}

	/** The current calendar. */
	public Mono<WorkingDayCalendar> calendar() {
		return snapshot().map(Snapshot::calendar);
	}

	/**
	 * The listed days of a year, from the loaded copy. The same list instance is returned
	 * until the calendar is loaded again (an ADMIN change, the minute's reload), so a
	 * caller may keep what it derives from it as long as it gets the same instance.
	 */
	public Mono<List<CalendarDay>> listed(int year) {
		return snapshot().map((snapshot) -> snapshot.byYear()
			.computeIfAbsent(year, (y) -> snapshot.days().stream().filter((d) -> d.date().getYear() == y).toList()));
	}

	private Mono<Snapshot> snapshot() {
		Snapshot current = this.cached.get();
		return (current != null) ? Mono.just(current) : load();
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	Mono<WorkingDayCalendar> reload() {
		return load().map(Snapshot::calendar);
	}

	private Mono<Snapshot> load() {
		return days(null).collectList()
			.map((days) -> new Snapshot(new WorkingDayCalendar(days), List.copyOf(days), new ConcurrentHashMap<>()))
			.doOnNext(this.cached::set)
			.timeout(Duration.ofSeconds(10));
	}

	public Flux<CalendarDay> days(Integer year) {
		String where = (year != null) ? " where extract(year from day) = :year" : "";
		var spec = this.db.sql("select day, kind, note from calendar_day" + where + " order by day");
		if (year != null) {
			spec = spec.bind("year", year);
		}
		return spec
			.map((row) -> new CalendarDay(row.get("day", LocalDate.class),
					DayKind.valueOf(row.get("kind", String.class)), row.get("note", String.class)))
			.all();
	}

	public Mono<CalendarDay> put(CalendarDay day, String by) {
		return this.db
			.sql("insert into calendar_day (day, kind, note, updated_by, updated_at) values (:day, :kind, :note, :by, "
					+ "now()) on conflict (day) do update set kind = excluded.kind, note = excluded.note, "
					+ "updated_by = excluded.updated_by, updated_at = now()")
			.bind("day", day.date())
			.bind("kind", day.kind().name())
			.bind("note", (day.note() != null) ? day.note() : "")
			.bind("by", by)
			.then()
			.then(reload())
			.thenReturn(day);
	}

	public Mono<Boolean> remove(LocalDate date) {
		return this.db.sql("delete from calendar_day where day = :day")
			.bind("day", date)
			.fetch()
			.rowsUpdated()
			.flatMap((n) -> reload().thenReturn(n > 0));
	}

	private record Snapshot(WorkingDayCalendar calendar, List<CalendarDay> days,
			Map<Integer, List<CalendarDay>> byYear) {
	}

	static List<CalendarDay> sorted(List<CalendarDay> days) {
		return days.stream().sorted(java.util.Comparator.comparing(CalendarDay::date)).toList();
	}

}
