package cn.gov.tobacco.complaints.idempotency;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Deletes idempotency records whose replay period ({@code complaints.idempotency.ttl})
 * has passed.
 */
@Component
@Profile("!migrate")
class IdempotencyExpiryJob {

	private final IdempotencyStore store;

	private final Jobs jobs;

	IdempotencyExpiryJob(IdempotencyStore store, Jobs jobs) {
		this.store = store;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${complaints.jobs.idempotency-expiry-interval:10m}", initialDelayString = "30s")
	Mono<Void> expire() {
		return this.jobs.run("idempotency-expiry", this.store::expire);
	}

}
