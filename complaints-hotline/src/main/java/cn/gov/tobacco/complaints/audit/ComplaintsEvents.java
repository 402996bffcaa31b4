package cn.gov.tobacco.complaints.audit;

import java.util.List;

import cn.gov.tobacco.platform.outbox.EventCatalogue;
import cn.gov.tobacco.platform.outbox.EventRoute;

/**
 * Every event type complaints-hotline writes to its outbox. The outbox refuses any other,
 * and {@code EventConsumersIntegrationTests} fails when one of these has neither a route
 * ({@link EventRoute}) nor a subscriber in {@code platform.events.subscribers}.
 */
public final class ComplaintsEvents {

	public static final String CASE_FILED = "case.filed";

	public static final String CASE_URGENT = "case.urgent";

	public static final String CASE_STATE_CHANGED = "case.state-changed";

	public static final String CASE_OVERDUE = "case.overdue";

	/** Routed to licensing (credit records), see {@code credit/}. */
	public static final String CREDIT_SUBSTANTIATED_REPORT = "credit.substantiated-report";

	/** 办结反馈 to the 12345 exchange: signed for on acceptance (see {@code handovers/}). */
	public static final String HANDOVER_SIGNED_FOR = "handover.signed-for";

	/** 办结反馈 to the 12345 exchange: the answer and outcome. */
	public static final String HANDOVER_ANSWERED = "handover.answered";

	/**
	 * A user passed the caller-history rate limit (see {@code callhistory/}): security
	 * operations are told, besides the supervisors' alert list.
	 */
	public static final String CALLER_HISTORY_BURST = "caller-history.burst";

	public static final EventCatalogue CATALOGUE = EventCatalogue
		.of(List.of(CASE_FILED, CASE_URGENT, CASE_STATE_CHANGED, CASE_OVERDUE, CREDIT_SUBSTANTIATED_REPORT,
				HANDOVER_SIGNED_FOR, HANDOVER_ANSWERED, CALLER_HISTORY_BURST));

	private ComplaintsEvents() {
	}

}
