package cn.gov.tobacco.complaints.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * Case numbers {@code 12313-yyyyMMdd-nnnnnn}, counted per day in the bureau's zone.
 */
@Component
class CaseNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final DatabaseClient db;

	private final BureauClock clock;

	CaseNumbers(DatabaseClient db, BureauClock clock) {
		this.db = db;
		this.clock = clock;
	}

	Mono<String> next(Instant at) {
		LocalDate day = this.clock.dayOf(at);
		return this.db.sql("""
				INSERT INTO case_number_counters (day, last_no) VALUES (:day, 1)
				ON CONFLICT (day) DO UPDATE SET last_no = case_number_counters.last_no + 1
				RETURNING last_no""")
			.bind("day", day)
			.map((row, meta) -> row.get("last_no", Integer.class))
			.one()
			.map((n) -> "12313-" + DAY.format(day) + "-" + String.format("%06d", n));
	}

}
