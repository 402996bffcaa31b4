package cn.gov.tobacco.platform.audit;

import java.util.List;

/**
 * The result of recomputing a chain.
 *
 * @param intact whether every entry links to the previous and hashes to what it stores
 * @param entries how many entries the chain has
 * @param firstBrokenSeq the first entry that does not check out, or {@code null}
 * @param headHash the hash of the last entry ({@link AuditHash#GENESIS} when empty)
 */
public record ChainVerification(boolean intact, int entries, Integer firstBrokenSeq, String headHash) {

	/** Checks the entries of one aggregate, ordered by sequence. */
	public static ChainVerification of(List<AuditEntry> ordered) {
		String prev = AuditHash.GENESIS;
		int expectedSeq = 1;
		for (AuditEntry entry : ordered) {
			if (entry.seq() != expectedSeq || !entry.prevHash().equals(prev) || !entry.hashMatches()) {
				return new ChainVerification(false, ordered.size(), expectedSeq, prev);
			}
			prev = entry.hash();
			expectedSeq++;
		}
		return new ChainVerification(true, ordered.size(), null, prev);
	}

}
