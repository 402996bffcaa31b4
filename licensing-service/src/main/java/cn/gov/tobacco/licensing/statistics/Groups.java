package cn.gov.tobacco.licensing.statistics;

import java.util.List;

/**
 * What the statistics' queries count, grouped as stored: no row is counted twice here, so
 * totals are sums of groups and an item's figure is the sum of the groups holding it.
 */
final class Groups {

	private Groups() {
	}

	/**
	 * Applications of one district, type and set of items.
	 *
	 * @param district six-digit division code
	 * @param type application type
	 * @param items the scope items (one or both)
	 * @param received first submitted in the period
	 * @param approved approved in the period
	 * @param refused refused in the period
	 */
	record Applications(String district, String type, List<String> items, long received, long approved, long refused) {
	}

	/**
	 * Active licenses of one district and set of items.
	 *
	 * @param district six-digit division code
	 * @param items the scope items (one or both)
	 * @param count how many are ACTIVE now
	 */
	record Licenses(String district, List<String> items, long count) {
	}

}
