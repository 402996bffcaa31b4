package cn.gov.tobacco.complaints.workflow;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.CaseUpdate;
import cn.gov.tobacco.complaints.deadlines.Deadlines;
import cn.gov.tobacco.complaints.handovers.HandoverFeedback;
import cn.gov.tobacco.complaints.intake.IntakeProperties;

/**
 * What dispatching records: the district bureau of the address (the first six digits of
 * its division code) and the answer due date from the deadline setting in force, counted
 * in working days; a case handed over by 12345 is due no later than the exchange's reply
 * deadline.
 */
@Component
public class Dispatcher {

	private final Deadlines deadlines;

	private final IntakeProperties properties;

	private final HandoverFeedback handovers;

	Dispatcher(Deadlines deadlines, IntakeProperties properties, HandoverFeedback handovers) {
		this.deadlines = deadlines;
		this.properties = properties;
		this.handovers = handovers;
	}

	public Mono<CaseUpdate> dispatch(CaseRow row, Instant now) {
		return this.deadlines.inForce(row.kind().name(), row.category(), now)
			.flatMap((setting) -> this.deadlines.answerDue(now, setting.answerWorkingDays(), this.properties.zone())
				.zipWith(this.handovers.handoverOf(row.id()))
				.map((t) -> t.getT2()
					.map((ref) -> HandoverFeedback.replyDeadline(ref, this.properties.zone()))
					.filter((exchangeDue) -> exchangeDue.isBefore(t.getT1()))
					.orElse(t.getT1()))
				.map((due) -> new CaseUpdate().set("dispatched_at", now)
					.set("answer_due_at", due)
					.set("deadline_setting_id", setting.id())
					.set("escalation_level", (short) 0)));
	}

}
