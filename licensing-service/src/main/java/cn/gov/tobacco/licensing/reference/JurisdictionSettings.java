package cn.gov.tobacco.licensing.reference;

/**
 * The settings of a jurisdiction.
 *
 * @param code the node whose row this is
 * @param name its name
 * @param promiseDays 承诺办结时限 in working days
 * @param schoolDistanceMetres minimum distance to a school or kindergarten
 * @param outletSpacingMetres minimum spacing to the nearest licensed outlet (合理布局)
 * @param committedPromiseDays the promise for an application with a signed commitment
 * (告知承诺, DESIGN.md §7: decided faster), at most {@code promiseDays}
 * @param instantApprovalKinds the filings 秒批 decides on submission here (RENEWAL,
 * CHANGE_BUSINESS_NAME, CHANGE_SCOPE); empty: off
 * @param instantReviewDays the working days an APPROVER has to revoke an instant decision
 */
public record JurisdictionSettings(String code, String name, int promiseDays, int schoolDistanceMetres,
		int outletSpacingMetres, int committedPromiseDays, java.util.Set<String> instantApprovalKinds,
		int instantReviewDays) {

	/** The review window when a node's row does not set one. */
	static final int DEFAULT_INSTANT_REVIEW_DAYS = 5;

	public JurisdictionSettings {
		instantApprovalKinds = java.util.Set.copyOf(instantApprovalKinds);
	}

	/** The committed promise when a node's row does not set one. */
	static final int DEFAULT_COMMITTED_PROMISE_DAYS = 2;

	/** Used when no node up the tree has a row. */
	static final JurisdictionSettings DEFAULT = new JurisdictionSettings("000000", "默认", 5, 100, 50,
			DEFAULT_COMMITTED_PROMISE_DAYS, java.util.Set.of(), DEFAULT_INSTANT_REVIEW_DAYS);

	/** Whether 秒批 decides this kind of filing here. */
	public boolean instantlyApproves(String kind) {
		return kind != null && this.instantApprovalKinds.contains(kind);
	}

	/** The promise in working days: the committed one for a committed application. */
	public int promiseDays(boolean committed) {
		return committed ? Math.min(this.committedPromiseDays, this.promiseDays) : this.promiseDays;
	}

}
