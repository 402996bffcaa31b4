package cn.gov.tobacco.licensing.metrics;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * {@code outbox_pending_events} (the name and tags complaints-hotline uses, so one alert
 * rule covers both services; Prometheus tells them apart by {@code job}) and
 * {@code licensing_applications_overdue}, counted in the database on a schedule: a scrape
 * never waits for a query.
 */
@Component
class BacklogGauges {

	static final String PENDING_SQL = "select count(*) from outbox where published_at is null and dead_at is null";

	/**
	 * Events a subscriber refused for good, set aside for a person (as in complaints).
	 */
	static final String DEAD_SQL = "select count(*) from outbox where dead_at is not null and published_at is null";

	/** Open items whose current deadline lies before today (the queue's OVERDUE risk). */
	static final String OVERDUE_SQL = "select count(*) from application where state in "
			+ "('SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK') and current_due < :today";

	private final DatabaseClient db;

	private final BureauClock time;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicLong overdue = new AtomicLong();

	private final AtomicLong dead = new AtomicLong();

	private final Jobs jobs;

	BacklogGauges(DatabaseClient db, MeterRegistry registry, BureauClock time, Jobs jobs) {
		this.db = db;
		this.time = time;
		this.jobs = jobs;
		Gauge.builder("outbox.pending.events", this.pending, AtomicLong::get)
			.description("Outbox events written but not yet published")
			.register(registry);
		Gauge.builder("outbox.dead.events", this.dead, AtomicLong::get)
			.description("Outbox events a subscriber refused for good, set aside")
			.register(registry);
		Gauge.builder("licensing.applications.overdue", this.overdue, AtomicLong::get)
			.description("Open applications past their current deadline")
			.register(registry);
	}

	/**
	 * Spring re-subscribes the returned Mono on every run, so the queries are deferred.
	 */
	@Scheduled(fixedDelayString = "${licensing.jobs.metrics-interval:30s}", initialDelayString = "5s")
	Mono<Void> refresh() {
		// On failure the gauges keep their last values.
		return this.jobs.run("backlog-gauges",
				() -> this.db.sql(PENDING_SQL)
					.map((row) -> row.get(0, Long.class))
					.one()
					.doOnNext(this.pending::set)
					.then(this.db.sql(DEAD_SQL).map((row) -> row.get(0, Long.class)).one().doOnNext(this.dead::set))
					.then(this.db.sql(OVERDUE_SQL)
						.bind("today", this.time.today())
						.map((row) -> row.get(0, Long.class))
						.one()
						.doOnNext(this.overdue::set)));
	}

	long pending() {
		return this.pending.get();
	}

	long overdue() {
		return this.overdue.get();
	}

}
