package cn.gov.tobacco.licensing.reference;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a jurisdiction's e-cigarette layout plan (电子烟零售点布局规划), separate from the
 * cigarette settings as the national guidance requires.
 *
 * @param code the node whose plan this is
 * @param version its version (1, 2, …; every version is kept)
 * @param name the plan's name
 * @param maxOutletsPerDistrict the most e-cigarette outlets in one district, or null for
 * no quantity limit
 * @param schoolDistanceMetres the minimum distance to a school or kindergarten of any
 * kind
 * @param neverLicensedKinds the premises kinds never licensed (always SELF_SERVICE)
 * @param reason why this version
 * @param updatedBy who put it in force
 * @param updatedAt when
 */
public record ECigarettePlan(String code, int version, String name, Integer maxOutletsPerDistrict,
		int schoolDistanceMetres, Set<String> neverLicensedKinds, String reason, String updatedBy, Instant updatedAt) {

	/**
	 * Self-service and vending points: never licensed for e-cigarettes, whatever a plan
	 * says.
	 */
	public static final String SELF_SERVICE = "SELF_SERVICE";

	/** When no node up the tree has a plan. */
	static final ECigarettePlan DEFAULT = new ECigarettePlan("000000", 0, "默认", null, 100, Set.of(SELF_SERVICE), null,
			"default", null);

	public ECigarettePlan {
		Set<String> kinds = new LinkedHashSet<>();
		kinds.add(SELF_SERVICE);
		if (neverLicensedKinds != null) {
			kinds.addAll(neverLicensedKinds);
		}
		neverLicensedKinds = Set.copyOf(kinds);
	}

	/** Whether premises of this kind (null = a shop) are never licensed. */
	public boolean neverLicenses(String premisesKind) {
		return this.neverLicensedKinds.contains((premisesKind != null) ? premisesKind : "SHOP");
	}

	/** The kinds in a stable order, as stored. */
	List<String> kindsInOrder() {
		return this.neverLicensedKinds.stream().sorted().toList();
	}

}
