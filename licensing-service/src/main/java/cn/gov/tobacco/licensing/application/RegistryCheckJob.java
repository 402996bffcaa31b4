package cn.gov.tobacco.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.registry.RegistryClient;

/**
 * Checks pending business licenses against the registry. A failure leaves the check
 * PENDING (shown to clerk and applicant) with its attempt count and the time of the next
 * try; the application itself is never held back or lost.
 */
@Component
class RegistryCheckJob {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(RegistryCheckJob.class);

	private final ApplicationRepository repository;

	private final RegistryClient registry;

	private final DatabaseClient db;

	private final Clock clock;

	RegistryCheckJob(ApplicationRepository repository, RegistryClient registry, DatabaseClient db, Clock clock) {
		this.repository = repository;
		this.registry = registry;
		this.db = db;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${licensing.jobs.registry-interval:10s}", initialDelayString = "2s")
	Mono<Void> run() {
		// Spring calls a reactive @Scheduled method once and re-subscribes its Mono:
		// everything, even "now", must be computed per subscription.
		return Mono.defer(this::runOnce);
	}

	Mono<Void> runOnce() {
		Instant now = Instant.now(this.clock);
		logger.debug("Registry checks due by " + now);
		return this.repository
			.findWhere("registry_status = 'PENDING' and registry_next_at <= :now order by registry_next_at",
					Map.of("now", ApplicationRows.at(now)))
			.doOnNext((a) -> logger.debug("Checking " + a.number()))
			.concatMap((a) -> this.registry.check(a.details().creditCode(), a.details().businessName())
				.flatMap((result) -> save(a, result.status(), result.detail(), null))
				.onErrorResume((ex) -> save(a, "PENDING", "登记系统暂不可用，稍后重试：" + ex.getClass().getSimpleName(),
						now.plus(this.registry.properties().retryAfter())))
				.onErrorResume((ex) -> {
					logger.warn("Registry check of " + a.number() + " not saved", ex);
					return Mono.empty();
				}))
			.then()
			.onErrorResume((ex) -> {
				logger.warn("Registry checks failed", ex);
				return Mono.empty();
			});
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
