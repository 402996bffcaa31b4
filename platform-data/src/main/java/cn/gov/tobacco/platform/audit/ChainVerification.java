package cn.gov.tobacco.platform.audit;

import java.util.List;
import java.util.function.Predicate;

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
		return of(ordered, AuditEntry::hashMatches);
	}

	/**
	 * Checks the entries of one aggregate, ordered by sequence, with a caller-supplied
	 * hash check: for a chain whose older entries were hashed in an earlier format (the
	 * service knows which, e.g. from a format column), the check recomputes each entry in
	 * its own format. Sequence and links are checked exactly as by {@link #of(List)}.
	 * @param ordered the entries, oldest first
	 * @param hashMatches whether an entry's stored hash is the one its content gives
	 */
	public static ChainVerification of(List<AuditEntry> ordered, Predicate<AuditEntry> hashMatches) {
		String prev = AuditHash.GENESIS;
		int expectedSeq = 1;
		for (AuditEntry entry : ordered) {
			if (entry.seq() != expectedSeq || !entry.prevHash().equals(prev) || !hashMatches.test(entry)) {
				return new ChainVerification(false, ordered.size(), expectedSeq, prev);
			}
			prev = entry.hash();
			expectedSeq++;
		}
		return new ChainVerification(true, ordered.size(), null, prev);
	}

}
