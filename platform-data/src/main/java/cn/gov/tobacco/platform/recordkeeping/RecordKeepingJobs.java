package cn.gov.tobacco.platform.recordkeeping;

import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;

import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;

/**
 * The two jobs of record keeping, run when the service enables scheduling: {@code outbox}
 * drains the outbox every {@code platform.jobs.outbox-interval} (2 s; a run publishes
 * batch after batch while there may be more, at most
 * {@link OutboxPublisher#MAX_BATCHES_PER_RUN}, and the next run starts that long after it
 * finished), {@code idempotency-expiry} deletes idempotency records whose replay period
 * ({@code platform.idempotency.ttl}) has passed, every
 * {@code platform.jobs.idempotency-expiry-interval} (10 min).
 */
public class RecordKeepingJobs {

	private final OutboxPublisher publisher;

	private final IdempotencyStore idempotency;

	private final Jobs jobs;

	RecordKeepingJobs(OutboxPublisher publisher, IdempotencyStore idempotency, Jobs jobs) {
		this.publisher = publisher;
		this.idempotency = idempotency;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${platform.jobs.outbox-interval:2s}", initialDelayString = "1s")
	Mono<Void> publishOutbox() {
		return this.jobs.run("outbox", this.publisher::drain);
	}

	@Scheduled(fixedDelayString = "${platform.jobs.idempotency-expiry-interval:10m}", initialDelayString = "30s")
	Mono<Void> expireIdempotencyRecords() {
		return this.jobs.run("idempotency-expiry", this.idempotency::expire);
	}

}
