package cn.gov.tobacco.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Writes an event to the {@code outbox} table. Call it inside the transaction that made
 * the change, so the event exists exactly when the change does.
 */
public class Outbox {

	private final DatabaseClient db;

	private final Clock clock;

	public Outbox(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<Void> add(String aggregateType, UUID aggregateId, String eventType, String payloadJson) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		return this.db
			.sql("insert into outbox (aggregate_type, aggregate_id, event_type, payload, created_at) "
					+ "values (:type, :id, :event, :payload, :at)")
			.bind("type", aggregateType)
			.bind("id", aggregateId)
			.bind("event", eventType)
			.bind("payload", payloadJson)
			.bind("at", now.atOffset(ZoneOffset.UTC))
			.then();
	}

}
