package cn.gov.tobacco.licensing.creditrepair;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.credit.CreditRecord;
import cn.gov.tobacco.licensing.credit.CreditRecords;
import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.outbox.Outbox;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Credit repair: the retailer asks (one pending request per record), a clerk covering the
 * retailer decides; a granted repair marks the record repaired, never deletes it. The
 * record's row is locked in each transaction, so its audit chain grows in order.
 */
@Service
class CreditRepairs {

	private static final String COLUMNS = "id, record_id, subject, reason, status, requested_at, decided_at, decision";

	private final DatabaseClient db;

	private final CreditRecords records;

	private final AuditChain chain;

	private final Outbox outbox;

	private final JsonMapper json;

	private final TransactionalOperator tx;

	private final Clock clock;

	CreditRepairs(DatabaseClient db, CreditRecords records, AuditChain chain, Outbox outbox, JsonMapper json,
			TransactionalOperator tx, Clock clock) {
		this.db = db;
		this.records = records;
		this.chain = chain;
		this.outbox = outbox;
		this.json = json;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * A repair request.
	 *
	 * @param id the id
	 * @param recordId the record
	 * @param subject the retailer
	 * @param reason what was fixed, the evidence
	 * @param status PENDING, GRANTED, REFUSED
	 * @param requestedAt when asked
	 * @param decidedAt when decided
	 * @param decision the clerk's reason
	 */
	record Repair(UUID id, UUID recordId, String subject, String reason, String status, Instant requestedAt,
			Instant decidedAt, String decision) {
	}

	Mono<Repair> request(Caller caller, UUID recordId, String reason) {
		if (!caller.has(Role.RETAILER)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有零售户可以申请信用修复", "Only the retailer asks for a credit repair")));
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		return lockRecord(recordId).filter((r) -> caller.subject().equals(r.subject()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("信用记录不存在", "No such credit record")))
			.flatMap((r) -> {
				if (r.repaired()) {
					return Mono.error(new ApiException(ProblemKind.CONFLICT,
							Text.of("该记录已修复", "The record is already repaired")));
				}
				return this.db
					.sql("select count(*) as n from credit_repair where record_id = :r and status = 'PENDING'")
					.bind("r", recordId)
					.map((row) -> row.get("n", Long.class))
					.one()
					.flatMap((n) -> {
						if (n > 0) {
							return Mono.<Repair>error(new ApiException(ProblemKind.CONFLICT,
									Text.of("已有待处理的修复申请", "A repair request is already pending")));
						}
						Repair repair = new Repair(UUID.randomUUID(), recordId, r.subject(), reason.strip(), "PENDING",
								now, null, null);
						return this.db
							.sql("insert into credit_repair (id, record_id, subject, reason, status, requested_at) "
									+ "values (:id, :r, :s, :reason, 'PENDING', :at)")
							.bind("id", repair.id())
							.bind("r", recordId)
							.bind("s", r.subject())
							.bind("reason", repair.reason())
							.bind("at", now.atOffset(ZoneOffset.UTC))
							.then()
							.then(record(repair, "REPAIR_REQUESTED", caller.subject()))
							.thenReturn(repair);
					});
			})
			.as(this.tx::transactional);
	}

	Mono<Repair> decide(Caller caller, UUID repairId, boolean granted, String reason) {
		if (!Access.holds(caller, Role.CLERK)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有受理人员可以决定信用修复", "Only a clerk decides a credit repair")));
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		return find(repairId)
			.flatMap((repair) -> this.records.covered(repair.subject(), Access.subtree(caller))
				.filter(Boolean::booleanValue)
				.map((covered) -> repair))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("修复申请不存在", "No such repair request")))
			.flatMap((found) -> lockRecord(found.recordId()).then(find(found.id())))
			.flatMap((repair) -> {
				if (!"PENDING".equals(repair.status())) {
					return Mono.error(ApiException.illegalTransition(repair.status(), "DECIDE_REPAIR"));
				}
				String status = granted ? "GRANTED" : "REFUSED";
				Repair decided = new Repair(repair.id(), repair.recordId(), repair.subject(), repair.reason(), status,
						repair.requestedAt(), now, reason.strip());
				Mono<Void> mark = granted
						? this.db.sql("update credit_record set repaired = true, repaired_at = :at where id = :r")
							.bind("at", now.atOffset(ZoneOffset.UTC))
							.bind("r", repair.recordId())
							.then()
						: Mono.empty();
				return this.db
					.sql("update credit_repair set status = :st, decided_by = :by, decided_at = :at, decision = :d "
							+ "where id = :id and status = 'PENDING'")
					.bind("st", status)
					.bind("by", caller.subject())
					.bind("at", now.atOffset(ZoneOffset.UTC))
					.bind("d", decided.decision())
					.bind("id", repair.id())
					.then()
					.then(mark)
					.then(record(decided, granted ? "REPAIR_GRANTED" : "REPAIR_REFUSED", caller.subject()))
					.thenReturn(decided);
			})
			.as(this.tx::transactional);
	}

	private Mono<Repair> find(UUID id) {
		return this.db.sql("select " + COLUMNS + " from credit_repair where id = :id")
			.bind("id", id)
			.map(CreditRepairs::repair)
			.one();
	}

	private Mono<CreditRecord> lockRecord(UUID recordId) {
		return this.db.sql("select id from credit_record where id = :id for update")
			.bind("id", recordId)
			.map((row) -> row.get("id", UUID.class))
			.one()
			.flatMap(this.records::byId);
	}

	private Mono<Void> record(Repair repair, String action, String actor) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("repairId", repair.id().toString());
		detail.put("status", repair.status());
		detail.put("reason", repair.reason());
		detail.put("decision", repair.decision());
		Map<String, Object> event = new LinkedHashMap<>(detail);
		event.put("creditRecordId", repair.recordId().toString());
		event.put("subject", repair.subject());
		event.put("actor", actor);
		String type = switch (action) {
			case "REPAIR_REQUESTED" -> "CreditRepairRequested";
			case "REPAIR_GRANTED" -> "CreditRepairGranted";
			default -> "CreditRepairRefused";
		};
		return this.chain
			.append(CreditRecords.AGGREGATE, repair.recordId(), action, actor, this.json.writeValueAsString(detail))
			.then(this.outbox.add(CreditRecords.AGGREGATE, repair.recordId(), type,
					this.json.writeValueAsString(event)));
	}

	private static Repair repair(Readable row) {
		OffsetDateTime decided = row.get("decided_at", OffsetDateTime.class);
		return new Repair(row.get("id", UUID.class), row.get("record_id", UUID.class), row.get("subject", String.class),
				row.get("reason", String.class), row.get("status", String.class),
				row.get("requested_at", OffsetDateTime.class).toInstant(),
				(decided != null) ? decided.toInstant() : null, row.get("decision", String.class));
	}

}
