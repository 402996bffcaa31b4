package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.licensing.calendar.DailyJob;
import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Once a day: an OPEN rectification whose due date has come gets its REINSPECTION visit
 * (the original visit's inspector, due 5 working days later); one whose re-inspection is
 * still not recorded after that visit's due date becomes OVERDUE. Each change is claimed
 * by a conditional UPDATE, so two replicas do it once.
 */
@Component
class RectificationJob extends DailyJob<RectificationJob.Due> {

	static final String JOB = "rectification-follow-up";

	static final int REINSPECTION_DAYS = 5;

	private final DatabaseClient db;

	private final FieldVisits fieldVisits;

	private final CalendarService calendars;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	RectificationJob(DatabaseClient db, FieldVisits fieldVisits, CalendarService calendars, RecordKeeper recordKeeper,
			TransactionalOperator tx, BureauClock time, Jobs jobs) {
		super(JOB, time, jobs);
		this.db = db;
		this.fieldVisits = fieldVisits;
		this.calendars = calendars;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
	}

	/** An OPEN rectification due for its re-inspection. */
	record Due(UUID id, String licenseNo, String jurisdiction, String inspector, String grade) {
	}

	@Override
	protected Mono<?> body(LocalDate today) {
		return followUp(today);
	}

	/** Returns how many re-inspections were planned and how many became overdue. */
	Mono<long[]> followUp(LocalDate today) {
		Mono<Long> planned = runFor(today);
		Mono<Long> overdue = this.db
			.sql("update rectification r set state = 'OVERDUE', version = r.version + 1 from inspection_visit v "
					+ "where v.id = r.reinspection_visit_id and r.state = 'OPEN' and v.state = 'PLANNED' "
					+ "and v.due_on < :today returning r.id, r.license_no, r.jurisdiction")
			.bind("today", today)
			.map((row) -> Map.<String, Object>of("rectificationId", row.get("id", UUID.class).toString(), "licenseNo",
					row.get("license_no", String.class), "jurisdiction", row.get("jurisdiction", String.class), "state",
					"OVERDUE", "on", today.toString()))
			.all()
			.concatMap((e) -> this.recordKeeper
				.record(Rectifications.AGGREGATE, UUID.fromString((String) e.get("rectificationId")), "OVERDUE",
						"system", e, "RectificationOverdue", e)
				.thenReturn(e))
			.count()
			.as(this.tx::transactional);
		return planned.zipWith(overdue, (a, b) -> new long[] { a, b });
	}

	/** The OPEN rectifications due by {@code today} without their re-inspection. */
	@Override
	protected Flux<Due> candidates(LocalDate today) {
		return this.db
			.sql("select r.id, r.license_no, r.jurisdiction, r.inspector, v.grade from rectification r "
					+ "join inspection_visit v on v.id = r.visit_id where r.state = 'OPEN' and r.due_on <= :today "
					+ "and r.reinspection_visit_id is null order by r.id")
			.bind("today", today)
			.map((row) -> new Due(row.get("id", UUID.class), row.get("license_no", String.class),
					row.get("jurisdiction", String.class), row.get("inspector", String.class),
					row.get("grade", String.class)))
			.all();
	}

	@Override
	protected String describe(Due due) {
		return "rectification " + due.id();
	}

	/** Plans one REINSPECTION visit, once (claimed by a conditional UPDATE). */
	@Override
	protected Mono<Boolean> step(Due due, LocalDate today) {
		UUID rectification = due.id();
		return this.calendars.calendar()
			.flatMap(
					(calendar) -> this.db
						.sql("update rectification set reinspection_visit_id = :v, version = version + 1 "
								+ "where id = :id and reinspection_visit_id is null")
						.bind("v", UUID.nameUUIDFromBytes(("reinspection:" + rectification).getBytes()))
						.bind("id", rectification)
						.fetch()
						.rowsUpdated()
						.flatMap((n) -> (n == 0) ? Mono.just(false)
								: this.fieldVisits
									.open(null,
											new VisitStore.NewVisit(
													UUID.nameUUIDFromBytes(
															("reinspection:" + rectification).getBytes()),
													due.licenseNo(), due.jurisdiction(), "REINSPECTION", due.grade(),
													List.of("REINSPECTION"), due.inspector(),
													calendar.addWorkingDays(today, REINSPECTION_DAYS).due(), null,
													rectification, null, null, null, null, null, "system"))
									.thenReturn(true)))
			.as(this.tx::transactional);
	}

}
