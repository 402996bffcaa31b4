package cn.gov.tobacco.licensing.postverification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.licensing.calendar.DailyJob;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.paging.KeysetScan;

/**
 * Once a day (with the deadline job): a PENDING post-verification past its due day is
 * flagged overdue once. The flag is claimed by a conditional UPDATE, so two replicas
 * running at once flag a task once; in the same transaction an entry goes to the task's
 * audit chain and a {@code PostVerificationOverdue} event to the outbox (the bureau's
 * notification, as {@code ApplicationOverdue} is for applications). Staff see the task
 * first in {@code GET /post-verifications} with {@code overdue: true}.
 */
@Component
class PostVerificationOverdueJob extends DailyJob<UUID> {

	static final String JOB = "post-verification-overdue";

	private final DatabaseClient db;

	private final RecordKeeper records;

	private final TransactionalOperator tx;

	PostVerificationOverdueJob(DatabaseClient db, RecordKeeper records, TransactionalOperator tx, BureauClock time,
			Jobs jobs) {
		super(JOB, time, jobs);
		this.db = db;
		this.records = records;
		this.tx = tx;
	}

	/** The PENDING tasks past their due day not yet flagged. */
	@Override
	protected Flux<UUID> candidates(LocalDate today) {
		return KeysetScan.all(KeysetScan.PAGE, (UUID after) -> {
			var spec = this.db
				.sql("select id from post_verification where status = 'PENDING' and due_on < :today "
						+ "and overdue_flagged_at is null" + ((after != null) ? " and id > :after" : "")
						+ " order by id limit " + KeysetScan.PAGE)
				.bind("today", today);
			return ((after != null) ? spec.bind("after", after) : spec).map((row) -> row.get("id", UUID.class)).all();
		}, (UUID id) -> id);
	}

	@Override
	protected String describe(UUID id) {
		return "post-verification " + id;
	}

	/** Flags one task overdue, once. */
	@Override
	protected Mono<Boolean> step(UUID id, LocalDate today) {
		Instant now = time().now();
		return this.db
			.sql("update post_verification set overdue_flagged_at = :at where id = :id and status = 'PENDING' "
					+ "and due_on < :today and overdue_flagged_at is null "
					+ "returning application_id, license_no, jurisdiction, due_on")
			.bind("at", now.atOffset(ZoneOffset.UTC))
			.bind("id", id)
			.bind("today", today)
			.map((row) -> {
				Map<String, Object> event = new LinkedHashMap<>();
				event.put("postVerificationId", id.toString());
				event.put("applicationId", row.get("application_id", UUID.class).toString());
				event.put("licenseNo", row.get("license_no", String.class));
				event.put("jurisdiction", row.get("jurisdiction", String.class));
				event.put("dueOn", row.get("due_on", LocalDate.class).toString());
				return event;
			})
			.one()
			.flatMap((event) -> this.records
				.record(PostVerifications.AGGREGATE, id, "OVERDUE", "system",
						Map.of("dueOn", event.get("dueOn"), "flaggedOn", today.toString()), "PostVerificationOverdue",
						event)
				.thenReturn(true))
			.defaultIfEmpty(false)
			.as(this.tx::transactional);
	}

}
