package cn.gov.tobacco.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Appends to and reads an aggregate's chain in the {@code audit_log} table (see the
 * service's migration; the service's database role may only SELECT and INSERT there).
 * <p>
 * Call {@link #append} inside the transaction of the change it records. Each append first
 * takes a transaction-scoped advisory lock on its chain, so concurrent appends to one
 * chain wait for each other whether or not their transaction locked a row (a read that is
 * audited, such as a reporter-data reveal, locks none); the unique
 * {@code (aggregate_type, aggregate_id, seq)} rejects any append that raced anyway.
 * {@code SELECT … FOR UPDATE} on the chain head is not used: it needs an UPDATE privilege
 * the role must not have.
 */
public class AuditChain {

	private static final String COLUMNS = "aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash";

	private final DatabaseClient db;

	private final Clock clock;

	public AuditChain(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<AuditEntry> append(String aggregateType, UUID aggregateId, String action, String actor, String detail) {
		Instant at = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		return lock(aggregateType, aggregateId).then(head(aggregateType, aggregateId)).flatMap((head) -> {
			int seq = head.seq() + 1;
			String hash = AuditHash.of(head.hash(), seq, aggregateType, aggregateId, action, actor, detail, at);
			AuditEntry entry = new AuditEntry(aggregateType, aggregateId, seq, action, actor, detail, at, head.hash(),
					hash);
			return this.db
				.sql("insert into audit_log (" + COLUMNS + ") values (:type, :id, :seq, :action, "
						+ ":actor, :detail, :at, :prev, :hash)")
				.bind("type", aggregateType)
				.bind("id", aggregateId)
				.bind("seq", seq)
				.bind("action", action)
				.bind("actor", actor)
				.bind("detail", detail)
				.bind("at", at.atOffset(ZoneOffset.UTC))
				.bind("prev", head.hash())
				.bind("hash", hash)
				.then()
				.thenReturn(entry);
		});
	}

	/** Waits for, then holds until the transaction ends, the chain's advisory lock. */
	private Mono<Void> lock(String aggregateType, UUID aggregateId) {
		return this.db.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.bind("key", "audit:" + aggregateType + ":" + aggregateId)
			.then();
	}

	/** The chain's last entry, or the genesis of an empty chain. */
	private Mono<Head> head(String aggregateType, UUID aggregateId) {
		return this.db
			.sql("select seq, hash from audit_log where aggregate_type = :type and aggregate_id = :id "
					+ "order by seq desc limit 1")
			.bind("type", aggregateType)
			.bind("id", aggregateId)
			.map((row) -> new Head(row.get("seq", Integer.class), row.get("hash", String.class)))
			.one()
			.defaultIfEmpty(new Head(0, AuditHash.GENESIS));
	}

	/** The chain of one aggregate, oldest first. */
	public Flux<AuditEntry> entries(String aggregateType, UUID aggregateId) {
		return this.db
			.sql("select " + COLUMNS + " from audit_log where aggregate_type = :type and aggregate_id = :id "
					+ "order by seq")
			.bind("type", aggregateType)
			.bind("id", aggregateId)
			.map(AuditChain::map)
			.all();
	}

	public Mono<ChainVerification> verify(String aggregateType, UUID aggregateId) {
		return entries(aggregateType, aggregateId).collectList().map(ChainVerification::of);
	}

	private static AuditEntry map(Readable row) {
		return new AuditEntry(row.get("aggregate_type", String.class), row.get("aggregate_id", UUID.class),
				row.get("seq", Integer.class), row.get("action", String.class), row.get("actor", String.class),
				row.get("detail", String.class), row.get("at", OffsetDateTime.class).toInstant(),
				row.get("prev_hash", String.class), row.get("hash", String.class));
	}

	private record Head(int seq, String hash) {
	}

}
