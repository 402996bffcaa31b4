package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.util.UUID;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.security.Caller;

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
	 * Whether the caller may read it, as far as the application itself tells
	 * ({@link Access#readsApplication}); an inspector may also read it through a
	 * post-verification, which {@link ApplicationService#get} looks up.
	 */
	public boolean isVisibleTo(Caller caller) {
		return isVisibleTo(caller, null);
	}

	boolean isVisibleTo(Caller caller, String postVerificationJurisdiction) {
		return Access.readsApplication(caller, this.applicantSubject, this.state == ApplicationState.DRAFT,
				this.jurisdiction, this.progress.assignee, postVerificationJurisdiction);
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
