package cn.gov.tobacco.complaints.workflow;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.CaseUpdate;
import cn.gov.tobacco.complaints.deadlines.Deadlines;

/**
 * What dispatching records: the district bureau of the address (the first six digits of
 * its division code) and the answer due date from the deadline setting in force, counted
 * in working days; a case handed over by 12345 is due no later than the exchange's reply
 * deadline.
 */
@Component
public class Dispatcher {

	private final Deadlines deadlines;

	private final HandedOverCases handovers;

	Dispatcher(Deadlines deadlines, HandedOverCases handovers) {
		this.deadlines = deadlines;
		this.handovers = handovers;
	}

	public Mono<CaseUpdate> dispatch(CaseRow row, Instant now) {
		return this.deadlines.inForce(row.kind().name(), row.category(), now)
			.flatMap((setting) -> this.deadlines.answerDue(now, setting.answerWorkingDays())
				.zipWith(this.handovers.replyDeadline(row.id()))
				.map((t) -> t.getT2().filter((exchangeDue) -> exchangeDue.isBefore(t.getT1())).orElse(t.getT1()))
				.map((due) -> new CaseUpdate().set("dispatched_at", now)
					.set("answer_due_at", due)
					.set("deadline_setting_id", setting.id())
					.set("escalation_level", (short) 0)));
	}

}
