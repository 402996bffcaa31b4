package cn.gov.tobacco.complaints.intake;

import java.util.UUID;

import cn.gov.tobacco.complaints.licenses.LicenseMatch;

/**
 * The answer to an intake.
 *
 * @param caseId the case id
 * @param caseNumber the case number
 * @param trackingCode the private tracking code (shown once, stored only as a hash)
 * @param state the state after the acceptance check
 * @param notAcceptedReason why it was not accepted, if so
 * @param duplicateOf the open case it was linked to, if any
 * @param linkedCaseNumber the number of that case, if any
 * @param licenseCheck the 无证经营 triage of a report (staff answers only), else {@code null}
 */
public record Filed(UUID caseId, String caseNumber, String trackingCode, String state, String notAcceptedReason,
		UUID duplicateOf, String linkedCaseNumber, LicenseMatch licenseCheck) {

}
