package cn.gov.tobacco.complaints.reporter;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Profile;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.audit.AuditTrail;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.paging.KeysetScan;

/**
 * Anonymises reporter data of cases closed longer than the retention period: the
 * ciphertexts and the mask are removed, the case and its history stay.
 */
@Component
@Profile("!migrate")
class ReporterRetention {

	static final String JOB = "reporter-retention";

	private final DatabaseClient db;

	private final ReporterProperties properties;

	private final AuditTrail audit;

	private final TransactionalOperator tx;

	private final Jobs jobs;

	private final BureauClock clock;

	ReporterRetention(DatabaseClient db, ReporterProperties properties, AuditTrail audit, TransactionalOperator tx,
			Jobs jobs, BureauClock clock) {
		this.clock = clock;
		this.db = db;
		this.properties = properties;
		this.audit = audit;
		this.tx = tx;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${complaints.jobs.watch-interval:60s}",
			initialDelayString = "${complaints.jobs.watch-interval:60s}")
	Mono<Void> anonymise() {
		return this.jobs.run(JOB, () -> anonymiseBefore(this.clock.now().minus(this.properties.retention())));
	}

	Mono<Void> anonymiseBefore(Instant cutoff) {
		return KeysetScan.all(KeysetScan.PAGE, (UUID after) -> {
			var spec = this.db
				.sql("""
						SELECT id FROM cases WHERE closed_at < :cutoff AND reporter_anonymised_at IS NULL
						  AND (reporter_name IS NOT NULL OR reporter_phone IS NOT NULL OR reporter_id_number IS NOT NULL
						       OR reporter_masked <> '')""" + ((after != null) ? " AND id > :after" : "")
						+ " ORDER BY id LIMIT " + KeysetScan.PAGE)
				.bind("cutoff", cutoff);
			return ((after != null) ? spec.bind("after", after) : spec).map((row, meta) -> row.get("id", UUID.class))
				.all();
		}, (UUID id) -> id)
			.concatMap((id) -> this.db
				.sql("""
						UPDATE cases SET reporter_name = NULL, reporter_phone = NULL, reporter_id_number = NULL,
						  reporter_phone_index = NULL, reporter_masked = '', reporter_anonymised_at = now(), version = version + 1, updated_at = now()
						WHERE id = :id AND reporter_anonymised_at IS NULL""")
				.bind("id", id)
				.then()
				.then(this.audit.append(id, "REPORTER_ANONYMISED", "system",
						"retention=" + this.properties.retention()))
				.as(this.tx::transactional)
				.onErrorResume(this.jobs.skip(JOB, "case " + id)))
			.then();
	}

}
