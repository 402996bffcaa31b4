package cn.gov.tobacco.complaints.cases;

/**
 * Where a case stands (DESIGN §6). "Closed" is not "resolved": see {@link Outcome}.
 */
public enum CaseState {

	RECEIVED, ACCEPTED, NOT_ACCEPTED, DISPATCHED, IN_PROGRESS, ANSWERED, EVALUATED_SATISFIED, EVALUATED_UNSATISFIED,
	REOPENED, ESCALATED, CLOSED;

	/** Whether the case is finished (Open311 {@code closed}). */
	public boolean isClosed() {
		return this == CLOSED || this == NOT_ACCEPTED;
	}

}
