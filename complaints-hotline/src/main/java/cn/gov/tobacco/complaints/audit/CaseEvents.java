package cn.gov.tobacco.complaints.audit;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.outbox.Outbox;

/**
 * Writes a case event to platform-data's {@link Outbox} in the caller's transaction; the
 * {@code outbox} job of platform-data's record keeping publishes it later (at least
 * once).
 */
@Component
public class CaseEvents {

	private final Outbox outbox;

	CaseEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	public Mono<Void> add(UUID caseId, String eventType, String payloadJson) {
		return this.outbox.add(AuditTrail.CASE, caseId, eventType, payloadJson);
	}

}
