package cn.gov.tobacco.licensing.deadlines;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.application.DeadlineSteps;
import cn.gov.tobacco.licensing.application.Risk;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.licensing.calendar.ZoneProperties;
import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Once a day (and on demand): applications whose 5 working days passed without a
 * correction notice count as accepted on submission (Art. 32); open items are flagged
 * DUE_SOON / OVERDUE, and each new flag is announced through the outbox for the bureau.
 */
@Component
public class DeadlineJob {

	static final String JOB = "application-deadlines";

	private final DeadlineSteps applications;

	private final CalendarService calendars;

	private final Jobs jobs;

	DeadlineJob(DeadlineSteps applications, CalendarService calendars, Jobs jobs) {
		this.applications = applications;
		this.calendars = calendars;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${licensing.jobs.deadline-cron:0 5 0 * * *}", zone = ZoneProperties.SCHEDULED_ZONE)
	Mono<Void> run() {
		return this.jobs.run(JOB, this::runOnce);
	}

	Mono<Void> runOnce() {
		LocalDate today = this.applications.today();
		return deemAccepted(today).then(flag(today));
	}

	/** Deems accepted every application whose acceptance window ended before today. */
	public Mono<Void> deemAccepted(LocalDate today) {
		return this.applications.acceptanceLapsed(today)
			.concatMap((a) -> this.applications.deemAccepted(a)
				.onErrorResume(this.jobs.skip(JOB, "application " + a.number())))
			.then();
	}

	Mono<Void> flag(LocalDate today) {
		return this.calendars.calendar().flatMap((calendar) -> this.applications.withOpenDeadline().concatMap((a) -> {
			Risk risk = Risk.of(a.state(), a.progress().currentDue(), today, calendar);
			String flag = (risk == Risk.OVERDUE) ? "OVERDUE"
					: (risk == Risk.DUE_TODAY || risk == Risk.DUE_SOON) ? "DUE_SOON" : null;
			if (flag == null || flag.equals(a.progress().deadlineFlag())) {
				return Mono.empty();
			}
			return this.applications.flag(a, flag);
		}).then());
	}

}
