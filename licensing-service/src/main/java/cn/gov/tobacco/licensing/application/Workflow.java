package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.licensing.notices.Notices;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;

/**
 * Carries out one transition: who may, whether the whitelist allows it from the current
 * state, whether the caller saw the current version; then, in one transaction, the
 * version-guarded update, the audit entry, the outbox event, the notices and any side
 * effect (a license). Anything refused changes nothing.
 */
@Service
class Workflow {

	static final String SYSTEM = "system";

	private final ApplicationService applications;

	private final ApplicationRepository repository;

	private final ApplicationRecords records;

	private final CalendarService calendars;

	private final Notices notices;

	private final TransactionalOperator tx;

	private final BureauClock time;

	Workflow(ApplicationService applications, ApplicationRepository repository, ApplicationRecords records,
			CalendarService calendars, Notices notices, TransactionalOperator tx, BureauClock time) {
		this.applications = applications;
		this.repository = repository;
		this.records = records;
		this.calendars = calendars;
		this.notices = notices;
		this.tx = tx;
		this.time = time;
	}

	/**
	 * What a step decided: the new progress, what to record, what to tell the applicant.
	 */
	record Outcome(Progress progress, String reason, Map<String, ?> detail, List<NoticeDraft> notices,
			Function<Application, Mono<Void>> after) {

		static Outcome of(Progress progress, String reason) {
			return new Outcome(progress, reason, Map.of(), List.of(), (a) -> Mono.empty());
		}

		Outcome notice(String kind, String text) {
			return notice(kind, Text.of(text, null));
		}

		/**
		 * A notice to the applicant: the Chinese is the SMS, the English for readers of
		 * English.
		 */
		Outcome notice(String kind, Text text) {
			List<NoticeDraft> all = new java.util.ArrayList<>(this.notices);
			all.add(new NoticeDraft(kind, text));
			return new Outcome(this.progress, this.reason, this.detail, all, this.after);
		}

		Outcome detail(Map<String, ?> more) {
			return new Outcome(this.progress, this.reason, more, this.notices, this.after);
		}

		Outcome then(Function<Application, Mono<Void>> effect) {
			return new Outcome(this.progress, this.reason, this.detail, this.notices, effect);
		}

	}

	record NoticeDraft(String kind, Text text) {
	}

	/** The context a step computes in. */
	record Context(Application current, Progress progress, WorkingDayCalendar calendar, LocalDate today, Instant now) {
	}

	interface Step {

		Mono<Outcome> apply(Context context);

	}

	Mono<Application> act(Caller caller, UUID id, long expectedVersion, Action action, Step step) {
		return authorized(caller, id, action)
			.flatMap((current) -> run(current, expectedVersion, action, caller.subject(), step));
	}

	/**
	 * A step whose request carries no version (an override): the version read now still
	 * guards the update, so of two at once one wins and the other gets 409.
	 */
	Mono<Application> actOnCurrent(Caller caller, UUID id, Action action, Step step) {
		return authorized(caller, id, action)
			.flatMap((current) -> run(current, current.version(), action, caller.subject(), step));
	}

	private Mono<Application> authorized(Caller caller, UUID id, Action action) {
		return this.applications.get(caller, id).flatMap((current) -> {
			if (action.role() != null && !caller.has(action.role())) {
				return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
						Text.of("您的角色不能执行此操作", "Your role may not " + action.name().toLowerCase().replace('_', ' '))));
			}
			if (action.role() == cn.gov.tobacco.platform.security.Role.RETAILER && !current.isOwnedBy(caller)) {
				return Mono.error(ApiException.notFound("申请不存在", "No such application"));
			}
			return Mono.just(current);
		});
	}

	/** A transition the service itself takes (a job): no caller, actor {@code system}. */
	Mono<Application> actAsSystem(Application current, Action action, Step step) {
		return actAs(current, action, SYSTEM, step);
	}

	/**
	 * A transition the service takes under a name of its own (a rule such as
	 * {@code RULE:instant-approval@1}), recorded as that actor.
	 */
	Mono<Application> actAs(Application current, Action action, String actor, Step step) {
		return run(current, current.version(), action, actor, step);
	}

	private Mono<Application> run(Application current, long expectedVersion, Action action, String actor, Step step) {
		ApplicationState next = Lifecycle.next(current.state(), action).orElse(null);
		if (next == null) {
			return Mono.error(ApiException.illegalTransition(current.state().name(), action.name()));
		}
		if (current.version() != expectedVersion) {
			return Mono.error(ApplicationRepository.conflict());
		}
		Instant now = this.time.now();
		LocalDate today = this.time.dayOf(now);
		return this.calendars.calendar()
			.flatMap((calendar) -> step.apply(new Context(current, current.progress().copy(), calendar, today, now)))
			.flatMap((outcome) -> {
				Application after = current.next(next, outcome.progress(), now);
				return this.repository.update(after)
					.flatMap((saved) -> this.records.record(saved, action.recorded(), actor, current.state(),
							outcome.reason(), outcome.detail()))
					.then(reactor.core.publisher.Flux.fromIterable(outcome.notices())
						.concatMap((n) -> this.notices.issue(after.id(), null, n.kind(), after.details().mobile(),
								n.text()))
						.then())
					.then(Mono.defer(() -> outcome.after().apply(after)))
					.thenReturn(after)
					.as(this.tx::transactional);
			});
	}

	/** Today in the bureau's zone. */
	LocalDate today() {
		return this.time.today();
	}

}
