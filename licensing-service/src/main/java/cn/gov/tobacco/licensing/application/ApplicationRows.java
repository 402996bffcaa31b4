package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/** Maps applications to and from their row. */
final class ApplicationRows {

	static final String COLUMNS = "id, number, type, state, version, applicant_subject, jurisdiction, "
			+ "business_name, credit_code, operator_name, operator_id_number, mobile, premises_address, "
			+ "premises_division, latitude, longitude, business_scope, bundle_id, license_no, change_subject, "
			+ "suspend_from, suspend_until, assignee_subject, submitted_on, accepted_on, acceptance_due, "
			+ "acceptance_days_used, decision_due, promise_due, current_due, deadline_flag, calendar_assumed, "
			+ "correction_count, correction_items, extension_reason, extension_by, outcome_reason, decided_by, "
			+ "decided_at, registry_status, registry_attempts, registry_next_at, registry_detail, site_findings, "
			+ "site_passed, promise_committed, credit_code_legacy, credit_code_override_code, credit_code_override_by, "
			+ "credit_code_override_at, credit_code_override_reason, items, premises_kind, instant_rule, instant_reasons, instant_review_until, "
			+ "instant_license_before, instant_revoked_by, instant_revoked_at, instant_revoked_reason, created_at, "
			+ "updated_at";

	private ApplicationRows() {
	}

	/** Every column but id, number, applicant, created_at: what an update writes. */
	static Map<String, Object> mutable(Application a) {
		ApplicantDetails d = a.details();
		Filing f = a.filing();
		Progress p = a.progress();
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("type", a.type().name());
		v.put("state", a.state().name());
		v.put("version", a.version());
		v.put("jurisdiction", a.jurisdiction());
		v.put("business_name", d.businessName());
		v.put("credit_code", d.creditCode());
		v.put("operator_name", d.operatorName());
		v.put("operator_id_number", d.operatorIdNumber());
		v.put("mobile", d.mobile());
		v.put("premises_address", d.premises().address());
		v.put("premises_division", d.premises().divisionCode());
		v.put("latitude", d.premises().latitude());
		v.put("longitude", d.premises().longitude());
		v.put("business_scope", d.businessScope());
		v.put("bundle_id", f.bundleId());
		v.put("license_no", f.licenseNo());
		v.put("change_subject", (f.changeSubject() != null) ? f.changeSubject().name() : null);
		v.put("suspend_from", f.suspendFrom());
		v.put("suspend_until", f.suspendUntil());
		v.put("items", f.items());
		v.put("premises_kind", f.premisesKind());
		v.put("assignee_subject", p.assignee);
		v.put("submitted_on", p.submittedOn);
		v.put("accepted_on", p.acceptedOn);
		v.put("acceptance_due", p.acceptanceDue);
		v.put("acceptance_days_used", p.acceptanceDaysUsed);
		v.put("decision_due", p.decisionDue);
		v.put("promise_due", p.promiseDue);
		v.put("current_due", p.currentDue);
		v.put("deadline_flag", p.deadlineFlag);
		v.put("calendar_assumed", p.calendarAssumed);
		v.put("correction_count", p.correctionCount);
		v.put("correction_items", p.correctionItems);
		v.put("extension_reason", p.extensionReason);
		v.put("extension_by", p.extensionBy);
		v.put("outcome_reason", p.outcomeReason);
		v.put("decided_by", p.decidedBy);
		v.put("decided_at", at(p.decidedAt));
		v.put("registry_status", p.registryStatus);
		v.put("registry_attempts", p.registryAttempts);
		v.put("registry_next_at", at(p.registryNextAt));
		v.put("registry_detail", p.registryDetail);
		v.put("site_findings", p.siteFindings);
		v.put("site_passed", p.sitePassed);
		v.put("promise_committed", p.promiseCommitted);
		v.put("credit_code_legacy", d.creditCodeLegacy());
		v.put("credit_code_override_code", p.creditCodeOverrideCode);
		v.put("credit_code_override_by", p.creditCodeOverrideBy);
		v.put("credit_code_override_at", at(p.creditCodeOverrideAt));
		v.put("credit_code_override_reason", p.creditCodeOverrideReason);
		v.put("instant_rule", p.instantRule);
		v.put("instant_reasons", p.instantReasons);
		v.put("instant_review_until", p.instantReviewUntil);
		v.put("instant_license_before", p.instantLicenseBefore);
		v.put("instant_revoked_by", p.instantRevokedBy);
		v.put("instant_revoked_at", at(p.instantRevokedAt));
		v.put("instant_revoked_reason", p.instantRevokedReason);
		v.put("updated_at", at(a.updatedAt()));
		return v;
	}

	static Class<?> typeOf(String column) {
		return switch (column) {
			case "version" -> Long.class;
			case "latitude", "longitude" -> Double.class;
			case "bundle_id" -> UUID.class;
			case "suspend_from", "suspend_until", "submitted_on", "accepted_on", "acceptance_due", "decision_due",
					"promise_due", "current_due", "instant_review_until" ->
				LocalDate.class;
			case "acceptance_days_used", "correction_count", "registry_attempts" -> Integer.class;
			case "calendar_assumed", "site_passed", "promise_committed", "credit_code_legacy" -> Boolean.class;
			case "decided_at", "registry_next_at", "updated_at", "created_at", "credit_code_override_at",
					"instant_revoked_at" ->
				OffsetDateTime.class;
			default -> String.class;
		};
	}

	static Application map(Readable row) {
		Premises premises = new Premises(row.get("premises_address", String.class),
				row.get("premises_division", String.class), row.get("latitude", Double.class),
				row.get("longitude", Double.class));
		ApplicantDetails details = new ApplicantDetails(row.get("business_name", String.class),
				row.get("credit_code", String.class), row.get("operator_name", String.class),
				row.get("operator_id_number", String.class), row.get("mobile", String.class), premises,
				row.get("business_scope", String.class),
				Boolean.TRUE.equals(row.get("credit_code_legacy", Boolean.class)));
		String change = row.get("change_subject", String.class);
		Filing filing = new Filing(row.get("bundle_id", UUID.class), row.get("license_no", String.class),
				(change != null) ? ChangeSubject.valueOf(change) : null, row.get("suspend_from", LocalDate.class),
				row.get("suspend_until", LocalDate.class), row.get("items", String.class),
				row.get("premises_kind", String.class));
		Progress p = new Progress();
		p.assignee = row.get("assignee_subject", String.class);
		p.submittedOn = row.get("submitted_on", LocalDate.class);
		p.acceptedOn = row.get("accepted_on", LocalDate.class);
		p.acceptanceDue = row.get("acceptance_due", LocalDate.class);
		p.acceptanceDaysUsed = row.get("acceptance_days_used", Integer.class);
		p.decisionDue = row.get("decision_due", LocalDate.class);
		p.promiseDue = row.get("promise_due", LocalDate.class);
		p.currentDue = row.get("current_due", LocalDate.class);
		p.deadlineFlag = row.get("deadline_flag", String.class);
		p.calendarAssumed = Boolean.TRUE.equals(row.get("calendar_assumed", Boolean.class));
		p.correctionCount = row.get("correction_count", Integer.class);
		p.correctionItems = row.get("correction_items", String.class);
		p.extensionReason = row.get("extension_reason", String.class);
		p.extensionBy = row.get("extension_by", String.class);
		p.outcomeReason = row.get("outcome_reason", String.class);
		p.decidedBy = row.get("decided_by", String.class);
		p.decidedAt = instant(row.get("decided_at", OffsetDateTime.class));
		p.registryStatus = row.get("registry_status", String.class);
		p.registryAttempts = row.get("registry_attempts", Integer.class);
		p.registryNextAt = instant(row.get("registry_next_at", OffsetDateTime.class));
		p.registryDetail = row.get("registry_detail", String.class);
		p.siteFindings = row.get("site_findings", String.class);
		p.sitePassed = row.get("site_passed", Boolean.class);
		p.promiseCommitted = Boolean.TRUE.equals(row.get("promise_committed", Boolean.class));
		p.creditCodeOverrideCode = row.get("credit_code_override_code", String.class);
		p.creditCodeOverrideBy = row.get("credit_code_override_by", String.class);
		p.creditCodeOverrideAt = instant(row.get("credit_code_override_at", OffsetDateTime.class));
		p.creditCodeOverrideReason = row.get("credit_code_override_reason", String.class);
		p.instantRule = row.get("instant_rule", String.class);
		p.instantReasons = row.get("instant_reasons", String.class);
		p.instantReviewUntil = row.get("instant_review_until", LocalDate.class);
		p.instantLicenseBefore = row.get("instant_license_before", String.class);
		p.instantRevokedBy = row.get("instant_revoked_by", String.class);
		p.instantRevokedAt = instant(row.get("instant_revoked_at", OffsetDateTime.class));
		p.instantRevokedReason = row.get("instant_revoked_reason", String.class);
		return new Application(row.get("id", UUID.class), row.get("number", String.class),
				ApplicationType.valueOf(row.get("type", String.class)),
				ApplicationState.valueOf(row.get("state", String.class)), row.get("version", Long.class),
				row.get("applicant_subject", String.class), row.get("jurisdiction", String.class), details, filing, p,
				row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("updated_at", OffsetDateTime.class).toInstant());
	}

	static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

}
