package cn.gov.tobacco.complaints.audit;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Writes an event to the outbox in the caller's transaction; a relay publishes it later
 * (at least once).
 */
@Component
public class Outbox {

	private final DatabaseClient db;

	Outbox(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> add(UUID caseId, String eventType, String payloadJson) {
		return this.db.sql(
				"INSERT INTO outbox (aggregate_id, event_type, payload, created_at) VALUES (:id, :type, :payload, :at)")
			.bind("id", caseId)
			.bind("type", eventType)
			.bind("payload", payloadJson)
			.bind("at", Instant.now())
			.then();
	}

}
