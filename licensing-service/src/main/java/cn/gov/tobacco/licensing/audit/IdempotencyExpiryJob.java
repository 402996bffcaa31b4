package cn.gov.tobacco.licensing.audit;

import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Deletes idempotency records whose replay period ({@code licensing.idempotency.ttl}) has
 * passed.
 */
@Component
class IdempotencyExpiryJob {

	private final IdempotencyStore store;

	private final Jobs jobs;

	IdempotencyExpiryJob(IdempotencyStore store, Jobs jobs) {
		this.store = store;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${licensing.jobs.idempotency-expiry-interval:10m}", initialDelayString = "30s")
	Mono<Void> expire() {
		return this.jobs.run("idempotency-expiry", this.store::expire);
	}

}
