package cn.gov.tobacco.licensing.license;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.calendar.ZoneProperties;
import cn.gov.tobacco.licensing.notices.Notices;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Once a day: a SUSPENDED license whose approved suspension ended (its last day,
 * {@code suspended_until}, has passed) is ACTIVE again, with an audit entry, a
 * {@code LicenseResumed} event and one SMS notice to the holder, all in one transaction.
 * Not while a CLOSURE of the license is pending (the retailer is closing the business, a
 * resumption would only be undone), and not after the validity ended (the expiry job
 * handles that). The version-guarded update makes a second replica's attempt fail, so the
 * holder gets one notice.
 */
@Component
class SuspensionEndJob {

	static final String JOB = "suspension-end";

	private final LicenseRepository repository;

	private final Licenses licenses;

	private final Notices notices;

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	private final Jobs jobs;

	SuspensionEndJob(LicenseRepository repository, Licenses licenses, Notices notices, DatabaseClient db,
			TransactionalOperator tx, Jobs jobs) {
		this.repository = repository;
		this.licenses = licenses;
		this.notices = notices;
		this.db = db;
		this.tx = tx;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${licensing.jobs.deadline-cron:0 5 0 * * *}", zone = ZoneProperties.SCHEDULED_ZONE)
	Mono<Void> run() {
		return this.jobs.run(JOB, this::runOnce);
	}

	/** Resumes every license whose suspension ended; returns how many. */
	Mono<Long> runOnce() {
		return this.repository.suspensionEndedBefore(this.licenses.today())
			.concatMap((l) -> resume(l).onErrorResume(this.jobs.skip(JOB, "license " + l.number())))
			.count();
	}

	private Mono<License> resume(License l) {
		Text text = Text.of(
				"【烟草专卖局】您的烟草专卖零售许可证 " + l.number() + " 核准的停业期限已于 " + l.suspendedUntil() + " 届满，许可证已恢复有效，可正常营业。",
				"Tobacco Monopoly Bureau: the approved suspension of your tobacco retail license " + l.number()
						+ " ended on " + l.suspendedUntil() + "; the license is valid again and you may trade.");
		return this.licenses.endSuspension(l, "停业期限届满（至 " + l.suspendedUntil() + "）")
			.flatMap((resumed) -> suspensionOf(l.number()).map(java.util.Optional::of)
				.defaultIfEmpty(java.util.Optional.empty())
				.flatMap((application) -> this.notices.issue(application.orElse(null), l.id(), "SUSPENSION_ENDED",
						l.holder().mobile(), text))
				.thenReturn(resumed))
			.as(this.tx::transactional);
	}

	/** The approved SUSPENSION application, so the holder finds the notice with it. */
	private Mono<UUID> suspensionOf(String licenseNo) {
		return this.db
			.sql("select id from application where license_no = :n and type = 'SUSPENSION' and state = 'APPROVED' "
					+ "order by decided_at desc limit 1")
			.bind("n", licenseNo)
			.map((row) -> row.get("id", UUID.class))
			.one();
	}

}
