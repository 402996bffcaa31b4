package cn.gov.tobacco.complaints.audit;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.audit.AuditEntry;
import cn.gov.tobacco.platform.audit.ChainVerification;

/**
 * Recomputes a case's audit chain with platform-data's {@link ChainVerification}; each
 * entry is hashed in the format it was written in ({@code hash_format}: 1 before
 * migration V3, 2 = platform-data's {@code AuditHash}).
 */
@Component
public class AuditVerifier {

	private final DatabaseClient db;

	AuditVerifier(DatabaseClient db) {
		this.db = db;
	}

	public Mono<ChainVerification> verify(UUID caseId) {
		return verify(AuditTrail.CASE, caseId);
	}

	Mono<ChainVerification> verify(String aggregateType, UUID aggregateId) {
		return this.db.sql("""
				SELECT aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash, hash_format
				FROM audit_log WHERE aggregate_type = :type AND aggregate_id = :id ORDER BY seq""")
			.bind("type", aggregateType)
			.bind("id", aggregateId)
			.map((row,
					meta) -> new Stored(new AuditEntry(row.get("aggregate_type", String.class),
							row.get("aggregate_id", UUID.class), row.get("seq", Integer.class),
							row.get("action", String.class), row.get("actor", String.class),
							row.get("detail", String.class), row.get("at", OffsetDateTime.class).toInstant(),
							row.get("prev_hash", String.class), row.get("hash", String.class)),
							row.get("hash_format", Short.class)))
			.all()
			.collectList()
			.map(AuditVerifier::check);
	}

	private static ChainVerification check(List<Stored> stored) {
		Set<Integer> legacy = new HashSet<>();
		for (Stored s : stored) {
			if (s.format() == LegacyAuditHash.FORMAT) {
				legacy.add(s.entry().seq());
			}
		}
		return ChainVerification.of(stored.stream().map(Stored::entry).toList(),
				(entry) -> legacy.contains(entry.seq()) ? LegacyAuditHash.matches(entry) : entry.hashMatches());
	}

	private record Stored(AuditEntry entry, short format) {
	}

}
