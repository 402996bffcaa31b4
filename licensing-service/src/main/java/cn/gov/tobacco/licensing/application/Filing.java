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
 */
public record Filing(UUID bundleId, String licenseNo, ChangeSubject changeSubject, LocalDate suspendFrom,
		LocalDate suspendUntil) {

	static final Filing NONE = new Filing(null, null, null, null, null);

	Filing withBundle(UUID bundle) {
		return new Filing(bundle, this.licenseNo, this.changeSubject, this.suspendFrom, this.suspendUntil);
	}

}
