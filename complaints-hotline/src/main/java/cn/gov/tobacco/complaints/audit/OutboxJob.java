package cn.gov.tobacco.complaints.audit;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.outbox.OutboxPublisher;

/** Drains the outbox; the next run starts after the previous batch finished. */
@Component
@Profile("!migrate")
class OutboxJob {

	private final OutboxPublisher publisher;

	OutboxJob(OutboxPublisher publisher) {
		this.publisher = publisher;
	}

	@Scheduled(fixedDelayString = "${complaints.jobs.outbox-interval:2s}", initialDelayString = "1s")
	Mono<Void> publish() {
		// Spring subscribes to the returned Mono on every run: build it per subscription.
		return Mono.defer(this::publishOnce);
	}

	Mono<Void> publishOnce() {
		return this.publisher.publishBatch().onErrorResume((ex) -> Mono.empty()).then();
	}

}
