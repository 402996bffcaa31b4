package cn.gov.tobacco.licensing.application;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static cn.gov.tobacco.licensing.application.ApplicationState.ACCEPTED;
import static cn.gov.tobacco.licensing.application.ApplicationState.APPROVED;
import static cn.gov.tobacco.licensing.application.ApplicationState.CORRECTION_REQUESTED;
import static cn.gov.tobacco.licensing.application.ApplicationState.DRAFT;
import static cn.gov.tobacco.licensing.application.ApplicationState.REFUSED;
import static cn.gov.tobacco.licensing.application.ApplicationState.SITE_CHECK;
import static cn.gov.tobacco.licensing.application.ApplicationState.SUBMITTED;
import static cn.gov.tobacco.licensing.application.ApplicationState.UNDER_REVIEW;
import static cn.gov.tobacco.licensing.application.ApplicationState.WITHDRAWN;

/**
 * The lifecycle of DESIGN.md §4 as a whitelist: a transition not listed here does not
 * exist. Plain Java, no Spring.
 */
public final class Lifecycle {

	private static final Map<ApplicationState, Map<Action, ApplicationState>> ALLOWED = new EnumMap<>(
			ApplicationState.class);

	static {
		allow(DRAFT, Action.SUBMIT, SUBMITTED);
		allow(DRAFT, Action.WITHDRAW, WITHDRAWN);
		allow(SUBMITTED, Action.REQUEST_CORRECTION, CORRECTION_REQUESTED);
		allow(SUBMITTED, Action.ACCEPT, ACCEPTED);
		allow(SUBMITTED, Action.DEEM_ACCEPTED, ACCEPTED);
		allow(SUBMITTED, Action.WITHDRAW, WITHDRAWN);
		allow(CORRECTION_REQUESTED, Action.RESUBMIT, SUBMITTED);
		allow(CORRECTION_REQUESTED, Action.WITHDRAW, WITHDRAWN);
		allow(ACCEPTED, Action.START_REVIEW, UNDER_REVIEW);
		allow(ACCEPTED, Action.EXTEND, ACCEPTED);
		allow(ACCEPTED, Action.WITHDRAW, WITHDRAWN);
		allow(UNDER_REVIEW, Action.ASSIGN_SITE_CHECK, SITE_CHECK);
		allow(UNDER_REVIEW, Action.EXTEND, UNDER_REVIEW);
		allow(UNDER_REVIEW, Action.APPROVE, APPROVED);
		allow(UNDER_REVIEW, Action.REFUSE, REFUSED);
		allow(UNDER_REVIEW, Action.WITHDRAW, WITHDRAWN);
		allow(SITE_CHECK, Action.RECORD_SITE_CHECK, UNDER_REVIEW);
		allow(SITE_CHECK, Action.EXTEND, SITE_CHECK);
		allow(SITE_CHECK, Action.WITHDRAW, WITHDRAWN);
		// 秒批: a rule approves a qualifying filing on submission; within the review window
		// an APPROVER may revoke that decision, which sends it to a person's review.
		allow(SUBMITTED, Action.INSTANT_APPROVE, APPROVED);
		allow(APPROVED, Action.REVOKE_INSTANT_DECISION, UNDER_REVIEW);
		// A clerk's override of a legacy credit code keeps the state, before the
		// decision.
		for (ApplicationState open : new ApplicationState[] { SUBMITTED, CORRECTION_REQUESTED, ACCEPTED, UNDER_REVIEW,
				SITE_CHECK }) {
			allow(open, Action.OVERRIDE_CREDIT_CODE, open);
		}
	}

	private Lifecycle() {
	}

	private static void allow(ApplicationState from, Action action, ApplicationState to) {
		ALLOWED.computeIfAbsent(from, (s) -> new EnumMap<>(Action.class)).put(action, to);
	}

	/**
	 * The state {@code action} leads to from {@code from}, or empty if it is not allowed.
	 */
	public static Optional<ApplicationState> next(ApplicationState from, Action action) {
		return Optional.ofNullable(ALLOWED.getOrDefault(from, Map.of()).get(action));
	}

	/** Whether the application is finished (no transition leaves the state). */
	public static boolean isFinal(ApplicationState state) {
		return state == APPROVED || state == REFUSED || state == WITHDRAWN;
	}

}
