package cn.gov.tobacco.complaints.metrics;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * {@code complaints_cases_overdue}, {@code outbox_pending_events} and
 * {@code outbox_dead_events} (events the receiver refused for good), counted in the
 * database on a schedule (a scrape never waits for a query). The alert rules in
 * {@code k8s/base/observability} read them.
 */
@Component
class BacklogGauges {

	static final String OVERDUE_SQL = "SELECT count(*) FROM cases WHERE "
			+ "(state IN ('DISPATCHED', 'IN_PROGRESS', 'REOPENED', 'ESCALATED') AND answer_due_at < now()) "
			+ "OR (state = 'RECEIVED' AND acknowledge_due_at < now())";

	static final String PENDING_SQL = "SELECT count(*) FROM outbox WHERE published_at IS NULL AND dead_at IS NULL";

	static final String DEAD_SQL = "SELECT count(*) FROM outbox WHERE dead_at IS NOT NULL AND published_at IS NULL";

	private final DatabaseClient db;

	private final AtomicLong overdue = new AtomicLong();

	private final AtomicLong pending = new AtomicLong();

	private final AtomicLong dead = new AtomicLong();

	private final Jobs jobs;

	BacklogGauges(DatabaseClient db, MeterRegistry registry, Jobs jobs) {
		this.db = db;
		this.jobs = jobs;
		Gauge.builder("complaints.cases.overdue", this.overdue, AtomicLong::get)
			.description("Open cases past their acknowledgement or answer deadline")
			.register(registry);
		Gauge.builder("outbox.pending.events", this.pending, AtomicLong::get)
			.description("Outbox events written but not yet published")
			.register(registry);
		Gauge.builder("outbox.dead.events", this.dead, AtomicLong::get)
			.description("Outbox events the receiver refused for good, set aside for a person")
			.register(registry);
	}

	/**
	 * Spring re-subscribes the returned Mono on every run, so the queries are deferred.
	 */
	@Scheduled(fixedDelayString = "${complaints.jobs.metrics-interval:30s}", initialDelayString = "5s")
	Mono<Void> refresh() {
		// On failure the gauges keep their last values.
		return this.jobs.run("backlog-gauges",
				() -> count(OVERDUE_SQL).doOnNext(this.overdue::set)
					.then(count(PENDING_SQL).doOnNext(this.pending::set))
					.then(count(DEAD_SQL).doOnNext(this.dead::set)));
	}

	long overdue() {
		return this.overdue.get();
	}

	long pending() {
		return this.pending.get();
	}

	long dead() {
		return this.dead.get();
	}

	private Mono<Long> count(String sql) {
		return this.db.sql(sql).map((row) -> row.get(0, Long.class)).one();
	}

}
