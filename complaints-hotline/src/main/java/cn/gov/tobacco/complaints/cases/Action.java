package cn.gov.tobacco.complaints.cases;

import java.util.EnumSet;
import java.util.Set;

import static cn.gov.tobacco.complaints.cases.CaseState.ACCEPTED;
import static cn.gov.tobacco.complaints.cases.CaseState.ANSWERED;
import static cn.gov.tobacco.complaints.cases.CaseState.CLOSED;
import static cn.gov.tobacco.complaints.cases.CaseState.DISPATCHED;
import static cn.gov.tobacco.complaints.cases.CaseState.ESCALATED;
import static cn.gov.tobacco.complaints.cases.CaseState.EVALUATED_SATISFIED;
import static cn.gov.tobacco.complaints.cases.CaseState.EVALUATED_UNSATISFIED;
import static cn.gov.tobacco.complaints.cases.CaseState.IN_PROGRESS;
import static cn.gov.tobacco.complaints.cases.CaseState.NOT_ACCEPTED;
import static cn.gov.tobacco.complaints.cases.CaseState.RECEIVED;
import static cn.gov.tobacco.complaints.cases.CaseState.REOPENED;

/**
 * The lifecycle whitelist: each action, the states it may start from and the state it
 * leads to. Anything else is refused.
 */
public enum Action {

	ACCEPT(EnumSet.of(RECEIVED), ACCEPTED),

	NOT_ACCEPT(EnumSet.of(RECEIVED, ESCALATED), NOT_ACCEPTED),

	DISPATCH(EnumSet.of(ACCEPTED, REOPENED, ESCALATED), DISPATCHED),

	START(EnumSet.of(DISPATCHED), IN_PROGRESS),

	ANSWER(EnumSet.of(IN_PROGRESS), ANSWERED),

	EVALUATE_SATISFIED(EnumSet.of(ANSWERED), EVALUATED_SATISFIED),

	EVALUATE_UNSATISFIED(EnumSet.of(ANSWERED), EVALUATED_UNSATISFIED),

	REOPEN(EnumSet.of(EVALUATED_UNSATISFIED), REOPENED),

	CLOSE(EnumSet.of(ANSWERED, EVALUATED_SATISFIED, EVALUATED_UNSATISFIED), CLOSED),

	ESCALATE(EnumSet.of(RECEIVED, ACCEPTED, DISPATCHED, IN_PROGRESS, REOPENED), ESCALATED);

	private final Set<CaseState> from;

	private final CaseState to;

	Action(Set<CaseState> from, CaseState to) {
		this.from = from;
		this.to = to;
	}

	public boolean allowedFrom(CaseState state) {
		return this.from.contains(state);
	}

	/** The state after this action, or an {@link IllegalStateException}. */
	public CaseState apply(CaseState state) {
		if (!allowedFrom(state)) {
			throw new IllegalStateException(name() + " is not allowed in " + state);
		}
		return this.to;
	}

	public CaseState target() {
		return this.to;
	}

}
