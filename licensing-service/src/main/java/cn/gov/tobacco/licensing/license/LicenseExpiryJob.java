package cn.gov.tobacco.licensing.license;

import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.calendar.ZoneProperties;
import cn.gov.tobacco.licensing.notices.Notices;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.problem.Text;

/** Marks licenses past their validity EXPIRED and tells the holder. */
@Component
class LicenseExpiryJob {

	static final String JOB = "license-expiry";

	private final LicenseRepository repository;

	private final Licenses licenses;

	private final Notices notices;

	private final TransactionalOperator tx;

	private final Jobs jobs;

	LicenseExpiryJob(LicenseRepository repository, Licenses licenses, Notices notices, TransactionalOperator tx,
			Jobs jobs) {
		this.repository = repository;
		this.licenses = licenses;
		this.notices = notices;
		this.tx = tx;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${licensing.jobs.deadline-cron:0 5 0 * * *}", zone = ZoneProperties.SCHEDULED_ZONE)
	Mono<Void> run() {
		return this.jobs.run(JOB, this::runOnce);
	}

	Mono<Void> runOnce() {
		return this.repository.validityEndedBefore(this.licenses.today())
			.concatMap((l) -> this.licenses.setStatus(l, LicenseStatus.EXPIRED, "system", "有效期届满")
				.then(this.notices.issue(null, l.id(), "LICENSE_EXPIRED", l.holder().mobile(),
						Text.of("【烟草专卖局】您的烟草专卖零售许可证 " + l.number() + " 已于 " + l.validUntil() + " 到期失效。",
								"Tobacco Monopoly Bureau: your tobacco retail license " + l.number() + " expired on "
										+ l.validUntil() + ".")))
				.as(this.tx::transactional)
				.onErrorResume(this.jobs.skip(JOB, "license " + l.number())))
			.then();
	}

}
