package cn.gov.tobacco.complaints.evidence;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.OrphanSweep;

/**
 * Removes evidence objects no attachment row refers to (a crash between upload and
 * commit); objects younger than the grace period are left alone, their upload may still
 * commit.
 */
@Component
class EvidenceSweep {

	private final ObjectStore objects;

	private final AttachmentRepository attachments;

	private final Duration grace;

	private final Jobs jobs;

	private final BureauClock clock;

	EvidenceSweep(ObjectStore objects, AttachmentRepository attachments,
			@Value("${complaints.jobs.orphan-grace:1h}") Duration grace, Jobs jobs, BureauClock clock) {
		this.clock = clock;
		this.objects = objects;
		this.attachments = attachments;
		this.grace = grace;
		this.jobs = jobs;
	}

	/** Spring re-subscribes the returned Mono on every run, so "now" is taken per run. */
	@Scheduled(fixedDelayString = "${complaints.jobs.orphan-sweep-interval:1h}",
			initialDelayString = "${complaints.jobs.orphan-sweep-interval:1h}")
	Mono<Void> scheduled() {
		return this.jobs.run("evidence-sweep", () -> sweep(this.clock.now().minus(this.grace)));
	}

	Mono<Long> sweep(Instant olderThan) {
		return OrphanSweep.sweep(this.objects, olderThan, this.attachments::referencedAmong);
	}

}
