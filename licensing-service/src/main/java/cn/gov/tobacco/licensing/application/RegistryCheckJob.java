package cn.gov.tobacco.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.registry.RegistryClient;
import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Checks pending business licenses against the registry. A failure leaves the check
 * PENDING (shown to clerk and applicant) with its attempt count and the time of the next
 * try; the application itself is never held back or lost.
 */
@Component
class RegistryCheckJob {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(RegistryCheckJob.class);

	/** What clerk and applicant read while the registry cannot be reached. */
	static final String PENDING_DETAIL = "营业执照核验中，系统会自动重试 · Verifying with the business registry; retried automatically";

	private final ApplicationRepository repository;

	private final RegistryClient registry;

	private final DatabaseClient db;

	private final Clock clock;

	private final Jobs jobs;

	private final InstantApprovals instant;

	static final String JOB = "registry-checks";

	RegistryCheckJob(ApplicationRepository repository, RegistryClient registry, DatabaseClient db, Clock clock,
			Jobs jobs, InstantApprovals instant) {
		this.instant = instant;
		this.repository = repository;
		this.registry = registry;
		this.db = db;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${licensing.jobs.registry-interval:10s}", initialDelayString = "2s")
	Mono<Void> run() {
		return this.jobs.run(JOB, this::runOnce);
	}

	Mono<Void> runOnce() {
		Instant now = Instant.now(this.clock);
		logger.debug("Registry checks due by " + now);
		return this.repository
			.findWhere("registry_status = 'PENDING' and registry_next_at <= :now",
					Map.of("now", ApplicationRows.at(now)))
			.doOnNext((a) -> logger.debug("Checking " + a.number()))
			.concatMap((a) -> this.registry.check(a.details().creditCode(), a.details().businessName())
				.flatMap((result) -> save(a, result.status(), result.detail(), null)
					// 秒批 waits for the registry's answer: a verified license may be
					// decided now
					.then("VERIFIED".equals(result.status()) ? this.instant.attempt(a.id()).then() : Mono.empty()))
				.onErrorResume((ex) -> {
					// the cause (exception, host, port) is for the log; people read plain
					// words
					logger.warn("Registry check of " + a.number() + " failed; retried after "
							+ this.registry.properties().retryAfter(), ex);
					return save(a, "PENDING", PENDING_DETAIL, now.plus(this.registry.properties().retryAfter()));
				})
				.onErrorResume(this.jobs.skip(JOB, "registry check of " + a.number())))
			.then();
	}

	private Mono<Void> save(Application a, String status, String detail, Instant next) {
		var spec = this.db
			.sql("update application set registry_status = :s, registry_detail = :d, "
					+ "registry_attempts = registry_attempts + 1, registry_next_at = :next where id = :id")
			.bind("s", status)
			.bind("d", detail)
			.bind("id", a.id());
		spec = (next != null) ? spec.bind("next", ApplicationRows.at(next))
				: spec.bindNull("next", java.time.OffsetDateTime.class);
		return spec.then();
	}

}
