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

	private final EventCatalogue catalogue;

	public Outbox(DatabaseClient db, Clock clock) {
		this(db, clock, null);
	}

	/**
	 * An outbox that takes only the catalogue's event types.
	 * @param catalogue every type the service writes, or {@code null} for any type
	 */
	public Outbox(DatabaseClient db, Clock clock, EventCatalogue catalogue) {
		this.db = db;
		this.clock = clock;
		this.catalogue = catalogue;
	}

	/**
	 * Adds an event.
	 * @throws IllegalArgumentException for a type missing from the catalogue (a
	 * programming error: list the type and give it a subscriber)
	 */
	public Mono<Void> add(String aggregateType, UUID aggregateId, String eventType, String payloadJson) {
		if (this.catalogue != null && !this.catalogue.contains(eventType)) {
			return Mono.error(new IllegalArgumentException("Event type " + eventType
					+ " is not in the service's event catalogue; add it there and give it a subscriber"));
		}
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
