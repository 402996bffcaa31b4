package cn.gov.tobacco.licensing.audit;

import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.outbox.Outbox;

/**
 * The record every state change leaves (DESIGN.md §9): an entry in the aggregate's audit
 * chain and an event in the outbox, written in the caller's transaction.
 */
@Component
public class RecordKeeper {

	private final AuditChain chain;

	private final Outbox outbox;

	private final JsonMapper json;

	RecordKeeper(AuditChain chain, Outbox outbox, JsonMapper json) {
		this.chain = chain;
		this.outbox = outbox;
		this.json = json;
	}

	/**
	 * Appends the audit entry, then the outbox event.
	 * @param aggregate the aggregate type, e.g. {@code application}
	 * @param id the aggregate's id
	 * @param action what happened, e.g. {@code SUBMITTED}
	 * @param actor who did it
	 * @param detail the audit entry's detail (written as JSON)
	 * @param eventType the outbox event's type, e.g. {@code ApplicationSubmitted}
	 * @param event the event's payload (written as JSON)
	 * @return completes when both are written
	 */
	public Mono<Void> record(String aggregate, UUID id, String action, String actor, Object detail, String eventType,
			Object event) {
		return Mono.defer(() -> this.chain.append(aggregate, id, action, actor, this.json.writeValueAsString(detail))
			.then(this.outbox.add(aggregate, id, eventType, this.json.writeValueAsString(event))));
	}

	/**
	 * An outbox event without an audit entry of its own: a request to a third party that
	 * follows from a change already recorded (e.g. the e-cigarette trading platform's
	 * account after a license change), written in the caller's transaction.
	 */
	public Mono<Void> announce(String aggregate, UUID id, String eventType, Object event) {
		return Mono.defer(() -> this.outbox.add(aggregate, id, eventType, this.json.writeValueAsString(event)));
	}

}
