package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.outbox.Outbox;

/**
 * Once a day (and on demand): applications whose 5 working days passed without a
 * correction notice count as accepted on submission (Art. 32); open items are flagged
 * DUE_SOON / OVERDUE, and each new flag is announced through the outbox for the bureau.
 */
@Component
class DeadlineJob {

	static final String JOB = "application-deadlines";

	private final ApplicationRepository repository;

	private final Workflow workflow;

	private final CalendarService calendars;

	private final DatabaseClient db;

	private final Outbox outbox;

	private final Jobs jobs;

	DeadlineJob(ApplicationRepository repository, Workflow workflow, CalendarService calendars, DatabaseClient db,
			Outbox outbox, Jobs jobs) {
		this.repository = repository;
		this.workflow = workflow;
		this.calendars = calendars;
		this.db = db;
		this.outbox = outbox;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${licensing.jobs.deadline-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
	Mono<Void> run() {
		return this.jobs.run(JOB, this::runOnce);
	}

	Mono<Void> runOnce() {
		LocalDate today = ApplicationsController.today();
		return deemAccepted(today).then(flag(today));
	}

	Mono<Void> deemAccepted(LocalDate today) {
		return this.repository.findWhere("state = 'SUBMITTED' and acceptance_due < :today", Map.of("today", today))
			.concatMap((a) -> this.workflow.actAsSystem(a, Action.DEEM_ACCEPTED, (c) -> {
				// The clocks computed at submission already run from the submission day.
				Progress p = c.progress();
				p.acceptedOn = p.submittedOn;
				p.currentDue = p.decisionDue;
				return Mono.just(Workflow.Outcome.of(p, "5 个工作日内未告知补正，自收到申请之日起视为受理（行政许可法第三十二条）"));
			}).onErrorResume(this.jobs.skip(JOB, "application " + a.number())))
			.then();
	}

	Mono<Void> flag(LocalDate today) {
		return this.calendars.calendar()
			.flatMap((calendar) -> this.repository
				.findWhere(
						"state in ('SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK') and current_due is not null",
						Map.of())
				.concatMap((a) -> {
					Risk risk = Risk.of(a.state(), a.progress().currentDue, today, calendar);
					String flag = (risk == Risk.OVERDUE) ? "OVERDUE"
							: (risk == Risk.DUE_TODAY || risk == Risk.DUE_SOON) ? "DUE_SOON" : null;
					if (flag == null || flag.equals(a.progress().deadlineFlag)) {
						return Mono.empty();
					}
					return this.db.sql("update application set deadline_flag = :f where id = :id")
						.bind("f", flag)
						.bind("id", a.id())
						.then()
						.then(this.outbox.add(ApplicationRecords.AGGREGATE, a.id(),
								"OVERDUE".equals(flag) ? "ApplicationOverdue" : "ApplicationDueSoon",
								"{\"applicationId\":\"" + a.id() + "\",\"number\":\"" + a.number()
										+ "\",\"jurisdiction\":\"" + a.jurisdiction() + "\",\"due\":\""
										+ a.progress().currentDue + "\"}"));
				})
				.then());
	}

}
