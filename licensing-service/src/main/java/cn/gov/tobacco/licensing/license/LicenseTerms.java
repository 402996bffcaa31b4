package cn.gov.tobacco.licensing.license;

import java.time.LocalDate;

/**
 * What an application's approval can change on a license: holder, scope, items, validity
 * and status. Kept before a rule's instant decision (秒批), so that revoking the decision
 * puts the license back as it was.
 */
public record LicenseTerms(License.Holder holder, String scope, String items, LocalDate validFrom, LocalDate validUntil,
		LicenseStatus status, LocalDate suspendedUntil) {

	public static LicenseTerms of(License l) {
		return new LicenseTerms(l.holder(), l.scope(), l.items(), l.validFrom(), l.validUntil(), l.status(),
				l.suspendedUntil());
	}

}
