package cn.gov.tobacco.complaints.cases;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Profile;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Moves the case counters' deltas (appended by the triggers of V16 in every transaction
 * that writes cases) into {@code case_counts}, every
 * {@code complaints.jobs.case-count-compaction-interval}, so the readers of
 * {@link CaseQueries#count} sum few rows. One statement: the deltas it deletes are the
 * ones it adds, and a reader sees them either here or there. Instances that run it at the
 * same time take turns (a transaction-level advisory lock; the one that does not get it
 * moves nothing).
 */
@Component
@Profile("!migrate")
class CaseCountCompaction {

	static final String JOB = "case-count-compaction";

	private static final String COMPACT = """
			WITH turn AS (SELECT pg_try_advisory_xact_lock(hashtext('complaints.case_count_compaction')) AS mine),
			moved AS (DELETE FROM case_count_deltas WHERE (SELECT mine FROM turn)
			          RETURNING division_code, district_code, state, kind, n)
			INSERT INTO case_counts (division_code, district_code, state, kind, n)
			SELECT division_code, district_code, state, kind, sum(n) FROM moved
			GROUP BY division_code, district_code, state, kind
			ON CONFLICT (division_code, district_code, state, kind) DO UPDATE SET n = case_counts.n + excluded.n""";

	private final DatabaseClient db;

	private final Jobs jobs;

	CaseCountCompaction(DatabaseClient db, Jobs jobs) {
		this.db = db;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${complaints.jobs.case-count-compaction-interval:10s}",
			initialDelayString = "${complaints.jobs.case-count-compaction-interval:10s}")
	Mono<Void> run() {
		return this.jobs.run(JOB, this::compact);
	}

	/** Moves the deltas committed so far; the number of counter rows it changed. */
	Mono<Long> compact() {
		return this.db.sql(COMPACT).fetch().rowsUpdated();
	}

}
