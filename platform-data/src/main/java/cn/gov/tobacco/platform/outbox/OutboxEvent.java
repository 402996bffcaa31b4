package cn.gov.tobacco.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in, or read from, the outbox.
 *
 * @param id the outbox row id (consumers de-duplicate by it: delivery is at least once)
 * @param aggregateType e.g. {@code application}
 * @param aggregateId which aggregate
 * @param eventType e.g. {@code ApplicationSubmitted}
 * @param payload JSON text
 * @param createdAt when the change was committed
 */
public record OutboxEvent(long id, String aggregateType, UUID aggregateId, String eventType, String payload,
		Instant createdAt) {

}
