package cn.gov.tobacco.complaints.audit;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;

/** Drains the outbox; the next run starts after the previous batch finished. */
@Component
@Profile("!migrate")
class OutboxJob {

	private final OutboxPublisher publisher;

	private final Jobs jobs;

	OutboxJob(OutboxPublisher publisher, Jobs jobs) {
		this.publisher = publisher;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${complaints.jobs.outbox-interval:2s}", initialDelayString = "1s")
	Mono<Void> publish() {
		return this.jobs.run("outbox", this.publisher::publishBatch);
	}

}
