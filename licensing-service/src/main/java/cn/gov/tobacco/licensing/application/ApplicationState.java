package cn.gov.tobacco.licensing.application;

/** The states of DESIGN.md §4. */
public enum ApplicationState {

	DRAFT, SUBMITTED, CORRECTION_REQUESTED, ACCEPTED, UNDER_REVIEW, SITE_CHECK, APPROVED, REFUSED, WITHDRAWN;

	/** Whether the applicant may still attach documents. */
	public boolean acceptsDocuments() {
		return this == DRAFT || this == CORRECTION_REQUESTED;
	}

}
