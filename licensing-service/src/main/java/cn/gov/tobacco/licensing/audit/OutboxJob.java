package cn.gov.tobacco.licensing.audit;

import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.outbox.OutboxPublisher;

/** Drains the outbox; the next run starts after the previous batch finished. */
@Component
class OutboxJob {

	private final OutboxPublisher publisher;

	OutboxJob(OutboxPublisher publisher) {
		this.publisher = publisher;
	}

	@Scheduled(fixedDelayString = "${licensing.jobs.outbox-interval:2s}", initialDelayString = "1s")
	Mono<Void> publish() {
		// Spring calls a reactive @Scheduled method once and re-subscribes its Mono:
		// everything, even "now", must be computed per subscription.
		return Mono.defer(this::publishOnce);
	}

	Mono<Void> publishOnce() {
		return this.publisher.publishBatch().onErrorResume((ex) -> Mono.empty()).then();
	}

}
