package cn.gov.tobacco.complaints.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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

	private final DatabaseClient db;

	private final Duration grace;

	private final Jobs jobs;

	EvidenceSweep(ObjectStore objects, DatabaseClient db, @Value("${complaints.jobs.orphan-grace:1h}") Duration grace,
			Jobs jobs) {
		this.objects = objects;
		this.db = db;
		this.grace = grace;
		this.jobs = jobs;
	}

	/** Spring re-subscribes the returned Mono on every run, so "now" is taken per run. */
	@Scheduled(fixedDelayString = "${complaints.jobs.orphan-sweep-interval:1h}",
			initialDelayString = "${complaints.jobs.orphan-sweep-interval:1h}")
	Mono<Void> scheduled() {
		return this.jobs.run("evidence-sweep", () -> sweep(Instant.now().minus(this.grace)));
	}

	Mono<Long> sweep(Instant olderThan) {
		return OrphanSweep.sweep(this.objects, olderThan, this::referencedAmong);
	}

	private Flux<String> referencedAmong(List<String> keys) {
		String[] array = keys.toArray(String[]::new);
		return this.db
			.sql("SELECT object_key FROM attachments WHERE object_key = ANY(:keys) "
					+ "UNION SELECT redacted_key FROM attachments WHERE redacted_key = ANY(:keys)")
			.bind("keys", array)
			.map((row) -> row.get(0, String.class))
			.all();
	}

}
