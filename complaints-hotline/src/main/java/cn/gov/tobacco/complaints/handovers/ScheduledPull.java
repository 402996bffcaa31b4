package cn.gov.tobacco.complaints.handovers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Pulls hand-overs every {@code complaints.hotline12345.pull-interval}; failures are
 * logged and retried on the next run.
 */
@Component
@ConditionalOnExpression("'${complaints.hotline12345.pull-interval:0s}' != '0s'")
class ScheduledPull {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPull.class);

	private final HandoverService handovers;

	private final Jobs jobs;

	ScheduledPull(HandoverService handovers, Jobs jobs) {
		this.handovers = handovers;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${complaints.hotline12345.pull-interval}",
			initialDelayString = "${complaints.hotline12345.pull-interval}")
	Mono<Void> pull() {
		return this.jobs.run("hotline12345-pull", () -> this.handovers.pull()
			.doOnNext((r) -> log.info("12345 pull: {} received, {} new", r.received(), r.created())));
	}

}
