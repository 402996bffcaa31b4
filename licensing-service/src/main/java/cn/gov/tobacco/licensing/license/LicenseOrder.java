package cn.gov.tobacco.licensing.license;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an approved application asks of the license register.
 *
 * @param kind NEW, RENEWAL, CHANGE, SUSPENSION, RESUMPTION or CLOSURE
 * @param changeSubject for CHANGE: PREMISES, OPERATOR, BUSINESS_NAME or SCOPE
 * @param applicationId the approved application
 * @param holderSubject the applicant
 * @param jurisdiction the deciding jurisdiction
 * @param licenseNo the license concerned (all but NEW)
 * @param holder the holder details the application carries (fields may be null for types
 * that do not change them)
 * @param scope 经营范围
 * @param items the scope items asked for (canonical), null when unchanged / cigarettes
 * @param suspendUntil for SUSPENSION
 * @param decidedOn the day of the decision
 * @param actor who decided
 */
public record LicenseOrder(String kind, String changeSubject, UUID applicationId, String holderSubject,
		String jurisdiction, String licenseNo, License.Holder holder, String scope, String items,
		LocalDate suspendUntil, LocalDate decidedOn, String actor) {

}
