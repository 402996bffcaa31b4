package cn.gov.tobacco.licensing.application;

import cn.gov.tobacco.platform.security.Role;

/**
 * What someone may do to an application, and which role does it. {@code SYSTEM} actions
 * are taken by the service's own jobs.
 */
public enum Action {

	SUBMIT(Role.RETAILER), RESUBMIT(Role.RETAILER), WITHDRAW(Role.RETAILER), REQUEST_CORRECTION(Role.CLERK),
	ACCEPT(Role.CLERK), DEEM_ACCEPTED(null), START_REVIEW(Role.CLERK), ASSIGN_SITE_CHECK(Role.CLERK),
	RECORD_SITE_CHECK(Role.INSPECTOR), EXTEND(Role.APPROVER), APPROVE(Role.APPROVER), REFUSE(Role.APPROVER),
	OVERRIDE_CREDIT_CODE(Role.CLERK), INSTANT_APPROVE(null), REVOKE_INSTANT_DECISION(Role.APPROVER);

	private final Role role;

	Action(Role role) {
		this.role = role;
	}

	/** The role that takes this action, or {@code null} for the service itself. */
	public Role role() {
		return this.role;
	}

	/** The audit action name: what the application went through. */
	public String recorded() {
		return switch (this) {
			case SUBMIT -> "SUBMITTED";
			case RESUBMIT -> "RESUBMITTED";
			case WITHDRAW -> "WITHDRAWN";
			case REQUEST_CORRECTION -> "CORRECTION_REQUESTED";
			case ACCEPT -> "ACCEPTED";
			case DEEM_ACCEPTED -> "DEEMED_ACCEPTED";
			case START_REVIEW -> "REVIEW_STARTED";
			case ASSIGN_SITE_CHECK -> "SITE_CHECK_ASSIGNED";
			case RECORD_SITE_CHECK -> "SITE_CHECK_RECORDED";
			case EXTEND -> "DEADLINE_EXTENDED";
			case APPROVE -> "APPROVED";
			case REFUSE -> "REFUSED";
			case OVERRIDE_CREDIT_CODE -> "CREDIT_CODE_OVERRIDDEN";
			case INSTANT_APPROVE -> "INSTANTLY_APPROVED";
			case REVOKE_INSTANT_DECISION -> "INSTANT_DECISION_REVOKED";
		};
	}

}
