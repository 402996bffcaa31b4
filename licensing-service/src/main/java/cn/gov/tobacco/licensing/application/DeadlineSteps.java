package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import cn.gov.tobacco.platform.outbox.Outbox;

/**
 * What the deadline job ({@code deadlines}) does to applications: the submitted ones
 * whose 5 working days passed without a correction notice count as accepted on submission
 * (Art. 32), and an open item's DUE_SOON / OVERDUE flag is stored and announced through
 * the outbox for the bureau.
 */
@Service
public class DeadlineSteps {

	private final ApplicationRepository repository;

	private final Workflow workflow;

	private final Outbox outbox;

	private final JsonMapper json;

	DeadlineSteps(ApplicationRepository repository, Workflow workflow, Outbox outbox, JsonMapper json) {
		this.repository = repository;
		this.workflow = workflow;
		this.outbox = outbox;
		this.json = json;
	}

	/** Today in the bureau's zone, which the deadlines count in. */
	public LocalDate today() {
		return this.workflow.today();
	}

	/** Every submitted application whose acceptance window ended before {@code today}. */
	public Flux<Application> acceptanceLapsed(LocalDate today) {
		return this.repository.acceptanceLapsed(today);
	}

	/** Accepts the application as of its submission day (actor {@code system}). */
	public Mono<Application> deemAccepted(Application a) {
		return this.workflow.actAsSystem(a, Action.DEEM_ACCEPTED, (c) -> {
			// The clocks computed at submission already run from the submission day.
			Progress p = c.progress();
			p.acceptedOn = p.submittedOn;
			p.currentDue = p.decisionDue;
			return Mono.just(Workflow.Outcome.of(p, "5 个工作日内未告知补正，自收到申请之日起视为受理（行政许可法第三十二条）"));
		});
	}

	/** Every open application with a deadline running. */
	public Flux<Application> withOpenDeadline() {
		return this.repository.withOpenDeadline();
	}

	/**
	 * Stores the application's deadline flag ({@code DUE_SOON} or {@code OVERDUE}) and
	 * announces it ({@code ApplicationDueSoon}, {@code ApplicationOverdue}).
	 */
	public Mono<Void> flag(Application a, String flag) {
		return this.repository.setDeadlineFlag(a.id(), flag)
			.then(this.outbox.add(ApplicationRecords.AGGREGATE, a.id(),
					"OVERDUE".equals(flag) ? "ApplicationOverdue" : "ApplicationDueSoon",
					this.json.writeValueAsString(flagEvent(a))));
	}

	/** The payload of {@code ApplicationDueSoon} / {@code ApplicationOverdue}. */
	static Map<String, Object> flagEvent(Application a) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("applicationId", a.id().toString());
		event.put("number", a.number());
		event.put("jurisdiction", a.jurisdiction());
		event.put("due", Objects.toString(a.progress().currentDue, null));
		return event;
	}

}
