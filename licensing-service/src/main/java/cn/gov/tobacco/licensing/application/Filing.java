package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the application is about beyond the applicant's details.
 *
 * @param bundleId the bundle it was filed in, or {@code null}
 * @param licenseNo the license it concerns (every type but NEW)
 * @param changeSubject what a CHANGE changes
 * @param suspendFrom first day of a SUSPENSION
 * @param suspendUntil last day of a SUSPENSION (at most one year after the first)
 * @param items the scope items asked for (NEW, CHANGE of SCOPE), canonical; null =
 * cigarettes for NEW, unchanged otherwise
 * @param premisesKind the kind of premises (null = a shop)
 */
public record Filing(UUID bundleId, String licenseNo, ChangeSubject changeSubject, LocalDate suspendFrom,
		LocalDate suspendUntil, String items, String premisesKind) {

	static final Filing NONE = new Filing(null, null, null, null, null);

	public Filing(UUID bundleId, String licenseNo, ChangeSubject changeSubject, LocalDate suspendFrom,
			LocalDate suspendUntil) {
		this(bundleId, licenseNo, changeSubject, suspendFrom, suspendUntil, null, null);
	}

	Filing withBundle(UUID bundle) {
		return new Filing(bundle, this.licenseNo, this.changeSubject, this.suspendFrom, this.suspendUntil, this.items,
				this.premisesKind);
	}

	/** Whether the application asks for the e-cigarette item. */
	boolean asksForECigarettes() {
		return cn.gov.tobacco.licensing.license.ScopeItems.hasECigarette(this.items);
	}

}
