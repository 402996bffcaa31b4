package cn.gov.tobacco.complaints.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

/**
 * Writes and reads case rows and their event history.
 */
@Component
public class CaseRepository {

	private final DatabaseClient db;

	CaseRepository(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> insert(NewCase c) {
		GenericExecuteSpec spec = this.db
			.sql("""
					INSERT INTO cases (id, case_number, kind, channel, category_code, urgent, priority, state, division_code,
					  district_code, address_detail, address_key, retailer_name, retailer_key, description, reporter_name,
					  reporter_phone, reporter_id_number, reporter_masked, reporter_subject, tracking_code_hash,
					  not_accepted_reason, received_at, acknowledge_due_at, deadline_setting_id, external_ref, created_by,
					  closed_at, duplicate_of, outcome, reporter_phone_index, updated_at)
					VALUES (:id, :number, :kind, :channel, :category, :urgent, :priority, :state, :division, :district,
					  :address, :addressKey, :retailer, :retailerKey, :description, :rName, :rPhone, :rId, :masked,
					  :subject, :tracking, :notAccepted, :received, :ackDue, :setting, :externalRef, :createdBy,
					  :closedAt, :duplicateOf, :outcome, :phoneIndex, :received)""")
			.bind("id", c.id())
			.bind("number", c.caseNumber())
			.bind("kind", c.kind().name())
			.bind("channel", c.channel().name())
			.bind("category", c.category())
			.bind("urgent", c.urgent())
			.bind("priority", (short) (c.urgent() ? 0 : 1))
			.bind("state", c.state().name())
			.bind("division", c.divisionCode())
			.bind("district", c.divisionCode().substring(0, 6))
			.bind("address", c.addressDetail())
			.bind("addressKey", c.addressKey())
			.bind("description", c.description())
			.bind("masked", c.reporter().masked())
			.bind("received", c.receivedAt())
			.bind("ackDue", c.acknowledgeDueAt())
			.bind("setting", c.deadlineSettingId())
			.bind("createdBy", c.createdBy());
		spec = nullable(spec, "retailer", c.retailerName(), String.class);
		spec = nullable(spec, "retailerKey", c.retailerKey(), String.class);
		spec = nullable(spec, "rName", c.reporter().name(), byte[].class);
		spec = nullable(spec, "rPhone", c.reporter().phone(), byte[].class);
		spec = nullable(spec, "rId", c.reporter().idNumber(), byte[].class);
		spec = nullable(spec, "phoneIndex", c.reporter().phoneIndex(), String.class);
		spec = nullable(spec, "subject", c.reporterSubject(), String.class);
		spec = nullable(spec, "tracking", c.trackingCodeHash(), String.class);
		spec = nullable(spec, "notAccepted", c.notAcceptedReason(), String.class);
		spec = nullable(spec, "externalRef", c.externalRef(), String.class);
		spec = nullable(spec, "closedAt", c.state().isClosed() ? c.receivedAt() : null, Instant.class);
		spec = nullable(spec, "duplicateOf", c.duplicateOf(), UUID.class);
		spec = nullable(spec, "outcome", (c.duplicateOf() != null) ? Outcome.DUPLICATE.name() : null, String.class);
		return spec.then();
	}

	public Mono<Void> addEvent(UUID caseId, CaseState from, CaseState to, String action, Actor actor, String reason,
			Instant at) {
		GenericExecuteSpec spec = this.db.sql("""
				INSERT INTO case_events (case_id, from_state, to_state, action, actor, actor_name, reason, at)
				VALUES (:id, :from, :to, :action, :actor, :actorName, :reason, :at)""")
			.bind("id", caseId)
			.bind("to", to.name())
			.bind("action", action)
			.bind("actor", actor.id())
			.bind("at", at);
		spec = nullable(spec, "actorName", actor.displayName(), String.class);
		spec = nullable(spec, "from", (from != null) ? from.name() : null, String.class);
		spec = nullable(spec, "reason", reason, String.class);
		return spec.then();
	}

	public Mono<CaseRow> findById(UUID id) {
		return this.db.sql("SELECT " + CaseRow.COLUMNS + " FROM cases WHERE id = :id")
			.bind("id", id)
			.map(CaseRow::map)
			.one();
	}

	public Mono<CaseRow> findByTrackingHash(String hash) {
		return this.db.sql("SELECT " + CaseRow.COLUMNS + " FROM cases WHERE tracking_code_hash = :hash")
			.bind("hash", hash)
			.map(CaseRow::map)
			.one();
	}

	/**
	 * Names the license of the reported retailer on a case being filed (the license
	 * directory's match), in the intake's transaction.
	 */
	public Mono<Void> setLicenseNo(UUID id, String licenseNo) {
		return this.db.sql("UPDATE cases SET license_no = :no WHERE id = :id")
			.bind("no", licenseNo)
			.bind("id", id)
			.then();
	}

	/** Applies an optimistic update; 409 when the version moved on. */
	public Mono<Void> update(UUID id, long version, CaseUpdate update) {
		return update.apply(this.db, id, version);
	}

	/** The state changes of a case, oldest first. */
	public Flux<CaseEvent> events(UUID caseId) {
		return this.db.sql(
				"SELECT from_state, to_state, action, actor, actor_name, reason, at FROM case_events WHERE case_id = :id ORDER BY id")
			.bind("id", caseId)
			.map((row, meta) -> {
				String from = row.get("from_state", String.class);
				return new CaseEvent((from != null) ? CaseState.valueOf(from) : null,
						CaseState.valueOf(row.get("to_state", String.class)), row.get("action", String.class),
						new Actor(row.get("actor", String.class), row.get("actor_name", String.class)),
						row.get("reason", String.class), row.get("at", OffsetDateTime.class).toInstant());
			})
			.all();
	}

	static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

}
