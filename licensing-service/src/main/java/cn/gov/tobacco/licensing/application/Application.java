package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.util.UUID;

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
 * @param jurisdiction the division code of the premises, which decides the bureau
 * @param details what the applicant filled in
 * @param createdAt when created
 * @param updatedAt when last changed
 */
public record Application(UUID id, String number, ApplicationType type, ApplicationState state, long version,
		String applicantSubject, String jurisdiction, ApplicantDetails details, Instant createdAt, Instant updatedAt) {

	static Application draft(UUID id, String number, ApplicationType type, String applicant, ApplicantDetails details,
			Instant now) {
		return new Application(id, number, type, ApplicationState.DRAFT, 0, applicant,
				details.premises().divisionCode(), details, now, now);
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
		boolean staff = caller.roles().stream().anyMatch((role) -> role.isStaff());
		return staff && this.state != ApplicationState.DRAFT && caller.covers(this.jurisdiction);
	}

}
