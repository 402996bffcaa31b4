package cn.gov.tobacco.complaints.dispatch;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.audit.AuditTrail;
import cn.gov.tobacco.complaints.audit.CaseEvents;
import cn.gov.tobacco.complaints.cases.Action;
import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.complaints.cases.CaseState;
import cn.gov.tobacco.complaints.cases.CaseRepository;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.complaints.workflow.Transitions;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.paging.KeysetScan;

/**
 * Runs every {@code complaints.jobs.watch-interval}: flags overdue (level 1) and twice
 * overdue (level 2: the allowed period has passed twice) cases for the supervisor, and
 * closes answered cases the complainant did not evaluate in time. Each case changes in
 * its own transaction and only if it is still in the state that was read, so several
 * instances may run the watch at once.
 */
@Component
@Profile("!migrate")
class DeadlineWatch {

	private final DatabaseClient db;

	private final CaseRepository cases;

	private final Transitions transitions;

	private final AuditTrail audit;

	private final CaseEvents outbox;

	private final TransactionalOperator tx;

	static final String JOB = "case-deadline-watch";

	private final Jobs jobs;

	private final BureauClock clock;

	private final JsonMapper json;

	DeadlineWatch(DatabaseClient db, CaseRepository cases, Transitions transitions, AuditTrail audit, CaseEvents outbox,
			TransactionalOperator tx, Jobs jobs, BureauClock clock, JsonMapper json) {
		this.json = json;
		this.clock = clock;
		this.db = db;
		this.cases = cases;
		this.transitions = transitions;
		this.audit = audit;
		this.outbox = outbox;
		this.tx = tx;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${complaints.jobs.watch-interval:60s}",
			initialDelayString = "${complaints.jobs.watch-interval:60s}")
	Mono<Void> watch() {
		return this.jobs.run(JOB, () -> run(this.clock.now()));
	}

	Mono<Void> run(Instant now) {
		return escalate(2, "answer_due_at + (answer_due_at - dispatched_at) < :now", now)
			.then(escalate(1, "answer_due_at < :now", now))
			.then(closeUnevaluated(now));
	}

	private Mono<Void> escalate(int level, String condition, Instant now) {
		return ids("SELECT id FROM cases WHERE state IN ('DISPATCHED', 'IN_PROGRESS') AND escalation_level < " + level
				+ " AND " + condition, now)
			.concatMap((id) -> this.db
				.sql("UPDATE cases SET escalation_level = :level, version = version + 1, updated_at = now() "
						+ "WHERE id = :id AND escalation_level < :level")
				.bind("level", (short) level)
				.bind("id", id)
				.fetch()
				.rowsUpdated()
				.filter((n) -> n == 1)
				.flatMap((n) -> this.audit
					.append(id, (level == 1) ? "OVERDUE" : "TWICE_OVERDUE", "system",
							"escalated to supervisor, level " + level)
					.then(this.outbox.add(id, "case.overdue", this.json.writeValueAsString(new Overdue(id, level)))))
				.as(this.tx::transactional)
				.onErrorResume(this.jobs.skip(JOB, "case " + id)))
			.then();
	}

	private Mono<Void> closeUnevaluated(Instant now) {
		return ids("SELECT id FROM cases WHERE state = 'ANSWERED' AND evaluation_due_at < :now", now)
			.concatMap((id) -> this.cases.findById(id)
				.filter((row) -> row.state() == CaseState.ANSWERED)
				.flatMap((row) -> this.transitions.apply(row, row.state(), row.version(), Action.CLOSE, Actor.SYSTEM,
						"评价期满未评价，自动办结", null, now))
				.as(this.tx::transactional)
				.onErrorResume(this.jobs.skip(JOB, "case " + id)))
			.then();
	}

	/**
	 * The {@code case.overdue} event.
	 *
	 * @param caseId the case
	 * @param level 1 past due, 2 the allowed period passed twice
	 */
	record Overdue(UUID caseId, int level) {
	}

	/** Every matching case, a page at a time in the order of their ids. */
	private Flux<UUID> ids(String sql, Instant now) {
		return KeysetScan.all(KeysetScan.PAGE, (UUID after) -> {
			var spec = this.db
				.sql(sql + ((after != null) ? " AND id > :after" : "") + " ORDER BY id LIMIT " + KeysetScan.PAGE)
				.bind("now", now);
			return ((after != null) ? spec.bind("after", after) : spec).map((row, meta) -> row.get("id", UUID.class))
				.all();
		}, (UUID id) -> id);
	}

}
