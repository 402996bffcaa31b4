package cn.gov.tobacco.complaints.calendar;

import java.time.Duration;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.CalendarDay;
import cn.gov.tobacco.platform.calendar.DayKind;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;

/**
 * The working-day calendar, loaded from {@code calendar_days} and cached for a few
 * minutes, so an ADMIN's edit applies soon without a query per deadline.
 */
@Component
public class WorkingDays {

	private final Mono<WorkingDayCalendar> calendar;

	WorkingDays(DatabaseClient db) {
		this.calendar = db.sql("SELECT day, kind, note FROM calendar_days")
			.map((row, meta) -> new CalendarDay(row.get("day", LocalDate.class),
					DayKind.valueOf(row.get("kind", String.class)), row.get("note", String.class)))
			.all()
			.collectList()
			.map(WorkingDayCalendar::new)
			.cache(Duration.ofMinutes(5));
	}

	public Mono<WorkingDayCalendar> calendar() {
		return this.calendar;
	}

}
