package cn.gov.tobacco.complaints.dispatch;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.cases.CaseFilter;
import cn.gov.tobacco.complaints.cases.CaseOrder;
import cn.gov.tobacco.complaints.cases.CaseQueries;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.CaseState;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * Work queues: URGENT first (priority 0), then the earliest deadline, then id;
 * keyset-paged over (priority, time, id) with a true total.
 */
@Component
class Queues {

	private final CaseQueries queries;

	Queues(CaseQueries queries) {
		this.queries = queries;
	}

	/** The cases a district bureau's handlers work on, the earliest due first. */
	Mono<Page<CaseRow>> handlerQueue(Jurisdiction bureau, int limit, KeysetCursor after) {
		return this.queries.page(CaseFilter.inDistrictsOf(bureau).states(CaseState.DISPATCHED, CaseState.IN_PROGRESS),
				CaseOrder.URGENT_THEN_DUE, limit, after);
	}

	/**
	 * Open cases a supervisor watches (URGENT, past due, escalated), the oldest first.
	 */
	Mono<Page<CaseRow>> alerts(Jurisdiction scope, int limit, KeysetCursor after) {
		return this.queries.page(CaseFilter.within(scope).closed(false).notDuplicate().flaggedForSupervision(),
				CaseOrder.URGENT_THEN_RECEIVED, limit, after);
	}

}
