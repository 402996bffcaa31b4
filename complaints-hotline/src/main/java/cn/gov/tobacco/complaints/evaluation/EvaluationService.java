package cn.gov.tobacco.complaints.evaluation;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.cases.Action;
import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.CaseState;
import cn.gov.tobacco.complaints.cases.CaseUpdate;
import cn.gov.tobacco.complaints.workflow.Dispatcher;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.complaints.workflow.Transitions;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/**
 * Records an evaluation and what follows from it, in one transaction.
 */
@Service
public class EvaluationService {

	private final Transitions transitions;

	private final Dispatcher dispatcher;

	private final TransactionalOperator tx;

	private final BureauClock clock;

	EvaluationService(Transitions transitions, Dispatcher dispatcher, TransactionalOperator tx, BureauClock clock) {
		this.clock = clock;
		this.transitions = transitions;
		this.dispatcher = dispatcher;
		this.tx = tx;
	}

	public Mono<Void> evaluate(CaseRow row, boolean satisfied, String reason) {
		Instant now = this.clock.now();
		if (row.state() == CaseState.ANSWERED && row.evaluationDueAt() != null && now.isAfter(row.evaluationDueAt())) {
			return Mono.error(ApiException.businessRule("评价期限（答复后 14 天）已过", "The 14-day evaluation window has ended"));
		}
		long v = row.version();
		if (satisfied) {
			return this.transitions
				.apply(row, row.state(), v, Action.EVALUATE_SATISFIED, Actor.COMPLAINANT, reason,
						new CaseUpdate().set("evaluation", "SATISFIED"), now)
				.then(this.transitions.apply(row, CaseState.EVALUATED_SATISFIED, v + 1, Action.CLOSE, Actor.SYSTEM,
						"评价满意，办结", null, now))
				.then()
				.as(this.tx::transactional);
		}
		if (reason == null || reason.isBlank()) {
			return Mono.error(ApiException
				.validation(List.of(FieldProblem.of("reason", "不满意时请说明理由", "is required when unsatisfied"))));
		}
		Mono<CaseState> unsatisfied = this.transitions.apply(row, row.state(), v, Action.EVALUATE_UNSATISFIED,
				Actor.COMPLAINANT, reason,
				new CaseUpdate().set("evaluation", "UNSATISFIED").set("evaluation_reason", reason), now);
		if (row.reopenCount() >= 1) {
			return unsatisfied
				.then(this.transitions.apply(row, CaseState.EVALUATED_UNSATISFIED, v + 1, Action.CLOSE, Actor.SYSTEM,
						"二次调查后仍不满意，办结", null, now))
				.then()
				.as(this.tx::transactional);
		}
		return unsatisfied
			.then(this.transitions.apply(row, CaseState.EVALUATED_UNSATISFIED, v + 1, Action.REOPEN, Actor.SYSTEM,
					reason, new CaseUpdate().set("reopen_count", (short) (row.reopenCount() + 1)), now))
			.then(this.dispatcher.dispatch(row, now))
			.flatMap((dispatch) -> this.transitions.apply(row, CaseState.REOPENED, v + 2, Action.DISPATCH, Actor.SYSTEM,
					"不满意，重新调查", dispatch.setNull("evaluation_due_at", Instant.class), now))
			.then()
			.as(this.tx::transactional);
	}

}
