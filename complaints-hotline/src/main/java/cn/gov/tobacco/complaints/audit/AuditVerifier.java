package cn.gov.tobacco.complaints.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes a case's audit chain.
 */
@Component
public class AuditVerifier {

	private final DatabaseClient db;

	AuditVerifier(DatabaseClient db) {
		this.db = db;
	}

	/** The result of checking a chain. */
	public record Verification(boolean intact, int entries, Integer firstBrokenSeq) {
	}

	public Mono<Verification> verify(UUID caseId) {
		return this.db.sql(
				"SELECT seq, action, actor, detail, at, prev_hash, hash FROM audit_log WHERE aggregate_id = :id ORDER BY seq")
			.bind("id", caseId)
			.map((row, meta) -> new Entry(row.get("seq", Integer.class), row.get("action", String.class),
					row.get("actor", String.class), row.get("detail", String.class),
					row.get("at", OffsetDateTime.class).toInstant(), row.get("prev_hash", String.class),
					row.get("hash", String.class)))
			.all()
			.collectList()
			.map((entries) -> {
				String prev = AuditTrail.GENESIS;
				int expectedSeq = 1;
				for (Entry e : entries) {
					String recomputed = AuditTrail.hash(prev, e.seq(), caseId, e.action(), e.actor(), e.detail(),
							e.at());
					if (e.seq() != expectedSeq || !e.prev().equals(prev) || !e.hash().equals(recomputed)) {
						return new Verification(false, entries.size(), e.seq());
					}
					prev = e.hash();
					expectedSeq++;
				}
				return new Verification(true, entries.size(), null);
			});
	}

	private record Entry(int seq, String action, String actor, String detail, Instant at, String prev, String hash) {
	}

}
