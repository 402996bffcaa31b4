package cn.gov.tobacco.complaints.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Appends to the audit chain of a case: each entry holds the SHA-256 of the previous one,
 * so any change to the history breaks the chain. Call it inside the transaction that
 * changed the case, after the case row was updated (its row lock orders the appends).
 */
@Component
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);

	private final DatabaseClient db;

	AuditTrail(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> append(UUID caseId, String action, String actor, String detail) {
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		return this.db
			.sql("SELECT seq, hash FROM audit_log WHERE aggregate_id = :id ORDER BY seq DESC LIMIT 1 FOR UPDATE")
			.bind("id", caseId)
			.map((row, meta) -> new Last(row.get("seq", Integer.class), row.get("hash", String.class)))
			.one()
			.defaultIfEmpty(new Last(0, GENESIS))
			.flatMap((last) -> {
				int seq = last.seq() + 1;
				String hash = hash(last.hash(), seq, caseId, action, actor, detail, at);
				return this.db.sql("""
						INSERT INTO audit_log (aggregate_id, seq, action, actor, detail, at, prev_hash, hash)
						VALUES (:id, :seq, :action, :actor, :detail, :at, :prev, :hash)""")
					.bind("id", caseId)
					.bind("seq", seq)
					.bind("action", action)
					.bind("actor", actor)
					.bind("detail", detail)
					.bind("at", at)
					.bind("prev", last.hash())
					.bind("hash", hash)
					.then();
			});
	}

	static String hash(String prev, int seq, UUID id, String action, String actor, String detail, Instant at) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			String canonical = String.join("\n", prev, Integer.toString(seq), id.toString(), action, actor, detail,
					at.toString());
			return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Last(int seq, String hash) {
	}

}
