package cn.gov.tobacco.licensing.registry;

import java.time.Clock;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.application.RegistryChecks;
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

	private final RegistryChecks checks;

	private final RegistryClient registry;

	private final Clock clock;

	private final Jobs jobs;

	static final String JOB = "registry-checks";

	RegistryCheckJob(RegistryChecks checks, RegistryClient registry, Clock clock, Jobs jobs) {
		this.checks = checks;
		this.registry = registry;
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
		return this.checks.due(now)
			.doOnNext((a) -> logger.debug("Checking " + a.number()))
			.concatMap((a) -> this.registry.check(a.details().creditCode(), a.details().businessName())
				// 秒批 waits for the registry's answer: a verified license may be decided
				// now
				.flatMap((result) -> this.checks.answered(a, result.status(), result.detail()))
				.onErrorResume((ex) -> {
					// the cause (exception, host, port) is for the log; people read plain
					// words
					logger.warn("Registry check of " + a.number() + " failed; retried after "
							+ this.registry.properties().retryAfter(), ex);
					return this.checks.unreachable(a, now.plus(this.registry.properties().retryAfter()));
				})
				.onErrorResume(this.jobs.skip(JOB, "registry check of " + a.number())))
			.then();
	}

}
