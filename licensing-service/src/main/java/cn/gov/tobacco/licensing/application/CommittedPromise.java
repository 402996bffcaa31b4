package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.licensing.reference.ReferenceData;

/**
 * The promised due date of the fast path (DESIGN.md §7, a committed application is
 * decided faster): submission and acceptance take the jurisdiction's committed promise
 * while a signed commitment stands; when it is withdrawn before the decision, the
 * ordinary promise applies again, counted from the same day (acceptance, else
 * submission).
 */
@Component
public class CommittedPromise {

	private final ApplicationRepository repository;

	private final ApplicationRecords records;

	private final ReferenceData reference;

	private final CommittedProofs committedProofs;

	private final CalendarService calendars;

	private final BureauClock time;

	CommittedPromise(ApplicationRepository repository, ApplicationRecords records, ReferenceData reference,
			CommittedProofs committedProofs, CalendarService calendars, BureauClock time) {
		this.repository = repository;
		this.records = records;
		this.reference = reference;
		this.committedProofs = committedProofs;
		this.calendars = calendars;
		this.time = time;
	}

	/**
	 * Recomputes the promise of a submitted, undecided application after its commitments
	 * changed; call it in that change's transaction (the application row locked). Writes
	 * only when the promise changes: a new version, an audit entry
	 * {@code PROMISE_CHANGED} and its outbox event.
	 */
	public Mono<Void> recompute(UUID applicationId, String actor) {
		return this.repository.findById(applicationId)
			.filter((a) -> a.progress().promiseDue != null && a.state() != ApplicationState.DRAFT
					&& !Lifecycle.isFinal(a.state()))
			.flatMap((a) -> Mono
				.zip(this.reference.settingsFor(a.jurisdiction()), this.committedProofs.anySigned(a.id()),
						this.calendars.calendar())
				.flatMap((t) -> {
					boolean committed = t.getT2();
					if (committed == a.progress().promiseCommitted) {
						return Mono.empty();
					}
					Progress p = a.progress().copy();
					LocalDate from = (p.acceptedOn != null) ? p.acceptedOn : p.submittedOn;
					Deadlines.promised(p, from, t.getT3(), t.getT1().promiseDays(committed));
					p.promiseCommitted = committed;
					Application after = a.next(a.state(), p, this.time.now());
					String reason = committed ? "已签署告知承诺，适用承诺制办结时限" : "告知承诺已撤回，适用一般承诺办结时限";
					return this.repository.update(after)
						.flatMap((saved) -> this.records.record(saved, "PROMISE_CHANGED", actor, a.state(), reason,
								Map.of("promiseDue", p.promiseDue.toString(), "promiseCommitted", committed)));
				}));
	}

}
