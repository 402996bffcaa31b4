package cn.gov.tobacco.complaints.workflow;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.CaseUpdate;
import cn.gov.tobacco.complaints.deadlines.Deadlines;
import cn.gov.tobacco.complaints.intake.IntakeProperties;

/**
 * What dispatching records: the district bureau of the address (the first six digits of
 * its division code) and the answer due date from the deadline setting in force, counted
 * in working days.
 */
@Component
public class Dispatcher {

	private final Deadlines deadlines;

	private final IntakeProperties properties;

	Dispatcher(Deadlines deadlines, IntakeProperties properties) {
		this.deadlines = deadlines;
		this.properties = properties;
	}

	public Mono<CaseUpdate> dispatch(CaseRow row, Instant now) {
		return this.deadlines.inForce(row.kind().name(), row.category(), now)
			.flatMap((setting) -> this.deadlines.answerDue(now, setting.answerWorkingDays(), this.properties.zone())
				.map((due) -> new CaseUpdate().set("dispatched_at", now)
					.set("answer_due_at", due)
					.set("deadline_setting_id", setting.id())
					.set("escalation_level", (short) 0)));
	}

}
