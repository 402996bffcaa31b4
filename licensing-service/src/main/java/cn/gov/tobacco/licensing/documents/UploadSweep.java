package cn.gov.tobacco.licensing.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.storage.MultipartStore;
import cn.gov.tobacco.platform.storage.MultipartStore.PendingUpload;

/**
 * The clean-up of resumable uploads, both ways, like {@link DocumentSweep}: open sessions
 * past their expiry are marked EXPIRED (audited) and their S3 uploads aborted; S3
 * multipart uploads older than the grace period that no open session holds (a crash
 * between starting one and recording its session, or an abort S3 missed) are aborted.
 */
@Component
class UploadSweep {

	private static final Logger log = LoggerFactory.getLogger(UploadSweep.class);

	private static final int BATCH = 100;

	private final UploadSessionRepository sessions;

	private final DocumentRepository documents;

	private final MultipartStore s3;

	private final AuditChain audit;

	private final TransactionalOperator tx;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration grace;

	private final Jobs jobs;

	UploadSweep(UploadSessionRepository sessions, DocumentRepository documents, MultipartStore s3, AuditChain audit,
			TransactionalOperator tx, JsonMapper json, Clock clock,
			@Value("${licensing.jobs.orphan-grace:1h}") Duration grace, Jobs jobs) {
		this.sessions = sessions;
		this.documents = documents;
		this.s3 = s3;
		this.audit = audit;
		this.tx = tx;
		this.json = json;
		this.clock = clock;
		this.grace = grace;
		this.jobs = jobs;
	}

	/**
	 * What one sweep did.
	 *
	 * @param expired sessions marked EXPIRED
	 * @param aborted S3 uploads aborted that no open session held
	 */
	record Result(long expired, long aborted) {
	}

	@Scheduled(fixedDelayString = "${licensing.jobs.upload-sweep-interval:15m}",
			initialDelayString = "${licensing.jobs.upload-sweep-interval:15m}")
	Mono<Void> scheduled() {
		return this.jobs.run("upload-sweep", () -> {
			Instant now = Instant.now(this.clock);
			return sweep(now, now.minus(this.grace));
		});
	}

	/**
	 * Expires sessions whose time ran out by {@code now}, then aborts S3 uploads started
	 * before {@code strayBefore} that no open session holds.
	 */
	Mono<Result> sweep(Instant now, Instant strayBefore) {
		return this.sessions.expired(now, BATCH)
			.concatMap((session) -> expire(session, now))
			.filter(Boolean::booleanValue)
			.count()
			.zipWhen((expired) -> strays(strayBefore))
			.map((t) -> new Result(t.getT1(), t.getT2()));
	}

	private Mono<Boolean> expire(UploadSession session, Instant now) {
		return this.documents.lockState(session.applicationId())
			.then(this.sessions.end(session.id(), UploadSession.State.EXPIRED, null,
					now.truncatedTo(ChronoUnit.MICROS)))
			.flatMap(
					(ended) -> ended
							? this.audit
								.append("application", session.applicationId(), "UPLOAD_EXPIRED", "system",
										this.json
											.writeValueAsString(java.util.Map.of("uploadId", session.id().toString())))
								.thenReturn(true)
							: Mono.just(false))
			.as(this.tx::transactional)
			.flatMap((ended) -> this.s3.abort(session.storageKey(), session.s3UploadId()).thenReturn(ended))
			.onErrorResume(this.jobs.skip("upload-sweep", session.id()));
	}

	private Mono<Long> strays(Instant before) {
		return this.s3.pending()
			.filter((upload) -> upload.initiated().isBefore(before))
			.buffer(BATCH)
			.concatMap((batch) -> this.sessions
				.openAmong(batch.stream().map(PendingUpload::uploadId).toArray(String[]::new))
				.collect(HashSet<String>::new, HashSet::add)
				.flatMapIterable((open) -> batch.stream().filter((u) -> !open.contains(u.uploadId())).toList()))
			.concatMap((stray) -> this.s3.abort(stray.key(), stray.uploadId())
				.doOnSuccess((v) -> log.info("Aborted stray multipart upload of {}", stray.key()))
				.thenReturn(stray))
			.count()
			// the expiry above stands; the listing is tried again on the next run
			.onErrorResume((ex) -> {
				this.jobs.failed("upload-sweep", "ListMultipartUploads", ex);
				return Mono.just(0L);
			});
	}

}
