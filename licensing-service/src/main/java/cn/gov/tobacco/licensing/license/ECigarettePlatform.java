package cn.gov.tobacco.licensing.license;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the national e-cigarette trading platform (电子烟交易管理平台) is asked when an e-cigarette
 * license changes: an account for the retailer when the license starts to cover
 * e-cigarettes while active (issue, a change adding the item, a resumption), frozen when
 * it stops trading (suspension, revocation, closure, expiry, the item removed), unfrozen
 * when a suspension ends. The requests leave through the outbox (subscriber
 * {@code e-cigarette-trading-platform}), retried and dead-lettered like every event, so
 * the workflow never waits for the platform.
 */
final class ECigarettePlatform {

	static final String ACCOUNT_REQUESTED = "ECigaretteAccountRequested";

	static final String ACCOUNT_FROZEN = "ECigaretteAccountFrozen";

	static final String ACCOUNT_UNFROZEN = "ECigaretteAccountUnfrozen";

	private ECigarettePlatform() {
	}

	/** The request a change of the license calls for, if any. */
	static Optional<String> request(License before, License after) {
		boolean trades = trades(after);
		boolean traded = before != null && trades(before);
		boolean had = before != null && before.sellsECigarettes();
		if (trades && !traded) {
			return Optional
				.of((had && before.status() == LicenseStatus.SUSPENDED) ? ACCOUNT_UNFROZEN : ACCOUNT_REQUESTED);
		}
		if (!trades && traded) {
			return Optional.of(ACCOUNT_FROZEN);
		}
		return Optional.empty();
	}

	static Map<String, Object> payload(License l, String reason) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("licenseNo", l.number());
		event.put("status", l.status().name());
		event.put("businessName", l.holder().businessName());
		event.put("creditCode", l.holder().creditCode());
		event.put("operatorName", l.holder().operatorName());
		event.put("address", l.holder().address());
		event.put("divisionCode", l.holder().division());
		event.put("validFrom", l.validFrom().toString());
		event.put("validUntil", l.validUntil().toString());
		event.put("reason", reason);
		return event;
	}

	private static boolean trades(License l) {
		return l.sellsECigarettes() && l.status() == LicenseStatus.ACTIVE;
	}

}
