package cn.gov.tobacco.complaints.workflow;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.audit.AuditTrail;
import cn.gov.tobacco.complaints.audit.CaseEvents;
import cn.gov.tobacco.complaints.cases.Action;
import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.CaseState;
import cn.gov.tobacco.complaints.cases.CaseRepository;
import cn.gov.tobacco.complaints.cases.CaseUpdate;
import cn.gov.tobacco.platform.problem.ApiException;

/**
 * Applies one whitelisted transition: the optimistic row update, the history entry, the
 * audit entry and the outbox event. Run it inside the caller's transaction.
 */
@Component
public class Transitions {

	private final CaseRepository cases;

	private final AuditTrail audit;

	private final CaseEvents outbox;

	private final JsonMapper json;

	Transitions(CaseRepository cases, AuditTrail audit, CaseEvents outbox, JsonMapper json) {
		this.cases = cases;
		this.audit = audit;
		this.outbox = outbox;
		this.json = json;
	}

	/**
	 * Moves the case from {@code from} by {@code action}; 409 when the whitelist does not
	 * allow it or the version moved on.
	 */
	public Mono<CaseState> apply(CaseRow row, CaseState from, long version, Action action, Actor actor, String reason,
			CaseUpdate extra, Instant now) {
		if (!action.allowedFrom(from)) {
			return Mono.error(ApiException.illegalTransition(from.name(), action.name()));
		}
		CaseState to = action.target();
		CaseUpdate update = ((extra != null) ? extra : new CaseUpdate()).state(to);
		if (to.isClosed()) {
			update.set("closed_at", now);
		}
		return this.cases.update(row.id(), version, update)
			.then(this.cases.addEvent(row.id(), from, to, action.name(), actor, reason, now))
			.then(this.audit.append(row.id(), action.name(), actor.id(),
					from + "->" + to + ((reason != null) ? " reason=" + reason : "")))
			.then(this.outbox.add(row.id(), "case.state-changed",
					this.json.writeValueAsString(new StateChanged(row.id(), from, to, row.urgent()))))
			.thenReturn(to);
	}

	/**
	 * The {@code case.state-changed} event.
	 *
	 * @param caseId the case
	 * @param from the state before
	 * @param to the state after
	 * @param urgent whether the case is URGENT
	 */
	record StateChanged(UUID caseId, CaseState from, CaseState to, boolean urgent) {
	}

}
