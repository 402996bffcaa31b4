package cn.gov.tobacco.licensing.reference;

/**
 * The settings of a jurisdiction.
 *
 * @param code the node whose row this is
 * @param name its name
 * @param promiseDays 承诺办结时限 in working days
 * @param schoolDistanceMetres minimum distance to a school or kindergarten
 * @param outletSpacingMetres minimum spacing to the nearest licensed outlet (合理布局)
 */
public record JurisdictionSettings(String code, String name, int promiseDays, int schoolDistanceMetres,
		int outletSpacingMetres) {

	/** Used when no node up the tree has a row. */
	static final JurisdictionSettings DEFAULT = new JurisdictionSettings("000000", "默认", 5, 100, 50);

}
