package cn.gov.tobacco.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One link of an aggregate's audit chain.
 *
 * @param aggregateType what kind of thing changed, e.g. {@code application}
 * @param aggregateId which one
 * @param seq 1, 2, 3… within the aggregate
 * @param action what happened, e.g. {@code SUBMITTED}
 * @param actor who did it (subject, or {@code system})
 * @param detail the why and the before/after, as JSON text
 * @param at when
 * @param prevHash the hash of the previous entry ({@link AuditHash#GENESIS} for the
 * first)
 * @param hash this entry's hash
 */
public record AuditEntry(String aggregateType, UUID aggregateId, int seq, String action, String actor, String detail,
		Instant at, String prevHash, String hash) {

	/** Whether the stored hash is the one its content gives. */
	public boolean hashMatches() {
		return this.hash.equals(AuditHash.of(this.prevHash, this.seq, this.aggregateType, this.aggregateId, this.action,
				this.actor, this.detail, this.at));
	}

}
