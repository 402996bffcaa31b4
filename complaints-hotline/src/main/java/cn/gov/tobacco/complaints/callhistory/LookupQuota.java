package cn.gov.tobacco.complaints.callhistory;

import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.audit.AuditTrail;
import cn.gov.tobacco.complaints.audit.ComplaintsEvents;
import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.outbox.Outbox;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;

/**
 * The per-user rate limit of caller-history lookups: a sliding window counted in
 * PostgreSQL under a per-user advisory lock (so parallel requests cannot slip past it).
 * Past the limit a lookup is refused with 429; the first refusal in a window raises a
 * supervision alert: a row supervisors read, an audit entry, an outbox event and the
 * {@code complaints_caller_history_bursts_total} counter.
 */
@Component
class LookupQuota {

	static final String ALERT_AGGREGATE = "caller-history-alert";

	private final DatabaseClient db;

	private final CallerHistoryProperties properties;

	private final AuditTrail audit;

	private final Outbox outbox;

	private final TransactionalOperator tx;

	private final BureauClock clock;

	private final JsonMapper json;

	private final Counter refused;

	private final Counter bursts;

	LookupQuota(DatabaseClient db, CallerHistoryProperties properties, AuditTrail audit, Outbox outbox,
			TransactionalOperator tx, MeterRegistry registry, BureauClock clock, JsonMapper json) {
		this.json = json;
		this.db = db;
		this.properties = properties;
		this.audit = audit;
		this.outbox = outbox;
		this.tx = tx;
		this.clock = clock;
		this.refused = Counter.builder("complaints_caller_history_refused")
			.description("Caller-history lookups refused by the rate limit")
			.register(registry);
		this.bursts = Counter.builder("complaints_caller_history_bursts")
			.description("Users who passed the caller-history rate limit (one per window)")
			.register(registry);
	}

	/** Counts one lookup for the caller, or fails with 429 (raising the alert once). */
	Mono<Void> take(Caller caller) {
		Instant now = this.clock.now();
		Instant since = now.minus(this.properties.window());
		Mono<Long> used = lock(caller)
			.then(this.db.sql("DELETE FROM caller_lookups WHERE subject = :s AND at <= :since")
				.bind("s", caller.subject())
				.bind("since", since)
				.then())
			.then(this.db.sql("SELECT count(*) AS n FROM caller_lookups WHERE subject = :s")
				.bind("s", caller.subject())
				.map((row, meta) -> row.get("n", Long.class))
				.one());
		return used
			.flatMap((n) -> (n < this.properties.maxLookups())
					? this.db.sql("INSERT INTO caller_lookups (subject, at) VALUES (:s, :at)")
						.bind("s", caller.subject())
						.bind("at", now)
						.then()
						.thenReturn(true)
					: raiseOnce(caller, n.intValue(), since, now).thenReturn(false))
			.as(this.tx::transactional)
			.flatMap((allowed) -> allowed ? Mono.<Void>empty() : Mono.error(tooMany()));
	}

	private Mono<Void> lock(Caller caller) {
		return this.db.sql("SELECT pg_advisory_xact_lock(hashtext(:k))")
			.bind("k", "caller-lookups:" + caller.subject())
			.then();
	}

	private Mono<Void> raiseOnce(Caller caller, int lookups, Instant since, Instant now) {
		this.refused.increment();
		return this.db.sql("SELECT count(*) AS n FROM lookup_alerts WHERE subject = :s AND raised_at > :since")
			.bind("s", caller.subject())
			.bind("since", since)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.flatMap((existing) -> (existing > 0) ? Mono.empty() : raise(caller, lookups, now));
	}

	private Mono<Void> raise(Caller caller, int lookups, Instant now) {
		UUID id = UUID.randomUUID();
		String name = shownName(caller);
		String payload = this.json.writeValueAsString(
				new Burst(id, caller.jurisdiction().code(), lookups, this.properties.window().toString()));
		return this.db.sql("""
				INSERT INTO lookup_alerts (id, subject, agent_name, jurisdiction, raised_at, lookups)
				VALUES (:id, :s, :name, :j, :at, :n)""")
			.bind("id", id)
			.bind("s", caller.subject())
			.bind("name", name)
			.bind("j", caller.jurisdiction().code())
			.bind("at", now)
			.bind("n", lookups)
			.then()
			.then(this.audit.append(ALERT_AGGREGATE, id, "CALLER_HISTORY_BURST", caller.subject(), payload))
			.then(this.outbox.add(ALERT_AGGREGATE, id, ComplaintsEvents.CALLER_HISTORY_BURST, payload))
			.doOnSuccess((v) -> this.bursts.increment());
	}

	private static String shownName(Caller caller) {
		String name = Actor.staff(caller).displayName();
		return (name != null) ? name : caller.subject();
	}

	private ApiException tooMany() {
		long minutes = this.properties.window().toMinutes();
		return new ApiException(ProblemKind.RATE_LIMITED,
				Text.of("来电人历史查询过于频繁（每 " + minutes + " 分钟最多 " + this.properties.maxLookups() + " 次），已通知督办",
						"Too many caller-history lookups (at most " + this.properties.maxLookups() + " per " + minutes
								+ " minutes); supervision has been notified"));
	}

	/** Seconds until a lookup may succeed again, at most the window. */
	long retryAfterSeconds() {
		return this.properties.window().toSeconds();
	}

	/**
	 * The alert as the audit entry and the {@code caller-history.burst} event carry it.
	 *
	 * @param alertId the alert's id
	 * @param jurisdiction the user's jurisdiction
	 * @param lookups the lookups counted in the window
	 * @param window the window (ISO-8601 duration)
	 */
	record Burst(UUID alertId, String jurisdiction, int lookups, String window) {
	}

}
