package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.util.UUID;

import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * A license application.
 *
 * @param id the id
 * @param number 申请编号, unique, shown to the applicant
 * @param type the application type
 * @param state the current state
 * @param version optimistic-lock version
 * @param applicantSubject the retailer who owns it
 * @param jurisdiction the division code that decides the bureau (the premises', or the
 * license's for types tied to a license)
 * @param details what the applicant filled in
 * @param filing bundle, license and type-specific fields
 * @param progress deadlines and what the bureau recorded
 * @param createdAt when created
 * @param updatedAt when last changed
 */
public record Application(UUID id, String number, ApplicationType type, ApplicationState state, long version,
		String applicantSubject, String jurisdiction, ApplicantDetails details, Filing filing, Progress progress,
		Instant createdAt, Instant updatedAt) {

	static Application draft(UUID id, String number, ApplicationType type, String applicant, String jurisdiction,
			ApplicantDetails details, Filing filing, Instant now) {
		return new Application(id, number, type, ApplicationState.DRAFT, 0, applicant, jurisdiction, details, filing,
				new Progress(), now, now);
	}

	Application next(ApplicationState newState, Progress newProgress, Instant now) {
		return new Application(this.id, this.number, this.type, newState, this.version + 1, this.applicantSubject,
				this.jurisdiction, this.details, this.filing, newProgress, this.createdAt, now);
	}

	Application withDetails(ApplicantDetails newDetails, Filing newFiling, String newJurisdiction, Instant now) {
		return new Application(this.id, this.number, this.type, this.state, this.version + 1, this.applicantSubject,
				newJurisdiction, newDetails, newFiling, this.progress, this.createdAt, now);
	}

	public boolean isOwnedBy(Caller caller) {
		return this.applicantSubject.equals(caller.subject());
	}

	/**
	 * The applicant sees their own; bureau staff see submitted applications in their
	 * jurisdiction subtree; nobody else learns that it exists.
	 */
	public boolean isVisibleTo(Caller caller) {
		if (isOwnedBy(caller)) {
			return true;
		}
		boolean staff = caller.roles().stream().anyMatch(Role::isStaff);
		return staff && this.state != ApplicationState.DRAFT && caller.covers(this.jurisdiction);
	}

	/** Who has the application on their desk now: a role, or the assigned inspector. */
	public String holder() {
		return switch (this.state) {
			case DRAFT, CORRECTION_REQUESTED -> "APPLICANT";
			case SUBMITTED, ACCEPTED -> "CLERK";
			case UNDER_REVIEW -> "CLERK_APPROVER";
			case SITE_CHECK -> "INSPECTOR:" + this.progress.assignee;
			case APPROVED, REFUSED, WITHDRAWN -> "NONE";
		};
	}

}
