package cn.gov.tobacco.licensing.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Sends pending notices. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} so replicas
 * do not send one twice at once; a failure is recorded on the notice (visible to clerks)
 * and tried again later, up to the configured attempts, then FAILED.
 */
@Component
class NoticeDispatcher {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(NoticeDispatcher.class);

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	private final SmsClient sms;

	private final SmsProperties properties;

	private final Clock clock;

	private final Jobs jobs;

	NoticeDispatcher(DatabaseClient db, TransactionalOperator tx, SmsClient sms, SmsProperties properties, Clock clock,
			Jobs jobs) {
		this.db = db;
		this.tx = tx;
		this.sms = sms;
		this.properties = properties;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${licensing.jobs.notice-interval:5s}", initialDelayString = "2s")
	Mono<Void> dispatch() {
		return this.jobs.run("notice-dispatch", this::dispatchOnce);
	}

	Mono<Void> dispatchOnce() {
		return this.db
			.sql("select " + Notices.COLUMNS + " from notice where delivery_status = 'PENDING' and "
					+ "next_attempt_at <= now() order by created_at limit 20 for update skip locked")
			.map(Notices::map)
			.all()
			// read the batch in full first: the updates share the transaction's
			// connection
			.collectList()
			.flatMapMany(Flux::fromIterable)
			.concatMap(this::send)
			.then()
			.as(this.tx::transactional);
	}

	private Mono<Void> send(Notice notice) {
		return this.sms.send(notice.mobile(), notice.text().zh(), notice.id().toString())
			.flatMap((messageId) -> update(notice.id(),
					"delivery_status = 'SENT', sent_at = :now, provider_id = :detail, attempts = attempts + 1",
					messageId))
			.onErrorResume((ex) -> {
				boolean last = notice.attempts() + 1 >= this.properties.maxAttempts();
				logger.warn("SMS notice " + notice.id() + " not delivered (attempt " + (notice.attempts() + 1) + ")",
						ex);
				String error = DeliveryFailure.describe(ex);
				return update(notice.id(),
						"attempts = attempts + 1, last_error = :detail, next_attempt_at = :next"
								+ (last ? ", delivery_status = 'FAILED'" : ""),
						error.substring(0, Math.min(error.length(), 300)));
			});
	}

	private Mono<Void> update(UUID id, String set, String detail) {
		Instant now = Instant.now(this.clock);
		var spec = this.db.sql("update notice set " + set + " where id = :id").bind("id", id).bind("detail", detail);
		spec = set.contains(":now") ? spec.bind("now", now.atOffset(ZoneOffset.UTC)) : spec;
		spec = set.contains(":next")
				? spec.bind("next", now.plus(this.properties.retryAfter()).atOffset(ZoneOffset.UTC)) : spec;
		return spec.then();
	}

}
