package cn.gov.tobacco.complaints.audit;

import cn.gov.tobacco.platform.audit.AuditEntry;
import cn.gov.tobacco.platform.audit.AuditHash;

/**
 * The hash of the entries this service wrote before it moved to platform-data's chain
 * (migration V3, {@code hash_format = 1}): SHA-256 over the previous hash, seq, aggregate
 * id, action, actor, detail and timestamp, newline-separated, without the aggregate type.
 * Kept so those entries verify for ever; no new entry is written in this format (a check
 * constraint refuses it).
 */
final class LegacyAuditHash {

	static final int FORMAT = 1;

	private LegacyAuditHash() {
	}

	static boolean matches(AuditEntry entry) {
		String canonical = String.join("\n", entry.prevHash(), Integer.toString(entry.seq()),
				entry.aggregateId().toString(), entry.action(), entry.actor(), entry.detail(), entry.at().toString());
		return entry.hash().equals(AuditHash.sha256(canonical));
	}

}
