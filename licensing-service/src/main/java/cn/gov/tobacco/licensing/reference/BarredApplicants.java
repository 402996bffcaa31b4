package cn.gov.tobacco.licensing.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;

/**
 * The bars of DESIGN §4: written by an administrator or by a decision (revocation for
 * fraud, false commitment), listed and lifted early by ADMIN. Lifting keeps the row with
 * who, when and why. Each change is an entry in the bar's audit chain plus an outbox
 * event.
 */
@Service
class BarredApplicants {

	static final String AGGREGATE = "barred_applicant";

	private final DatabaseClient db;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final BureauClock time;

	BarredApplicants(DatabaseClient db, RecordKeeper recordKeeper, TransactionalOperator tx, BureauClock time) {
		this.db = db;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.time = time;
	}

	/** Writes a bar (in the caller's transaction, if any) with its first audit entry. */
	Mono<Bar> bar(String creditCode, String idNumber, String reason, LocalDate until, String by) {
		Bar bar = new Bar(UUID.randomUUID(), creditCode, idNumber, reason, until, by, this.time.now(), null, null,
				null);
		var spec = this.db
			.sql("insert into barred_applicant (id, credit_code, id_number, reason, barred_until, "
					+ "created_by, created_at) values (:id, :cc, :idn, :reason, :until, :by, :at)")
			.bind("id", bar.id())
			.bind("reason", reason)
			.bind("until", until)
			.bind("by", by)
			.bind("at", bar.createdAt().atOffset(ZoneOffset.UTC));
		spec = (creditCode != null) ? spec.bind("cc", creditCode) : spec.bindNull("cc", String.class);
		spec = (idNumber != null) ? spec.bind("idn", idNumber) : spec.bindNull("idn", String.class);
		return spec.then()
			.then(record(bar, "BARRED", by, "ApplicantBarred"))
			.thenReturn(bar)
			.as(this.tx::transactional);
	}

	Mono<Page<Bar>> page(String state, String creditCode, String idNumber, int limit, KeysetCursor after) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder from = new StringBuilder(" from barred_applicant where true");
		if (state != null) {
			from.append(switch (Bar.State.valueOf(state)) {
				case ACTIVE -> " and lifted_at is null and barred_until >= :today";
				case EXPIRED -> " and lifted_at is null and barred_until < :today";
				case LIFTED -> " and lifted_at is not null";
			});
			if (!"LIFTED".equals(state)) {
				params.put("today", today());
			}
		}
		if (creditCode != null && !creditCode.isBlank()) {
			from.append(" and credit_code = :cc");
			params.put("cc", creditCode.strip());
		}
		if (idNumber != null && !idNumber.isBlank()) {
			from.append(" and id_number = :idn");
			params.put("idn", idNumber.strip());
		}
		return KeysetScan.Query.descending(Bar.COLUMNS, from.toString(), params, "id", Key.instant("created_at"))
			.read(this.db, after, limit, Bar::of, (bar) -> KeysetCursor.after(bar.createdAt(), bar.id()));
	}

	Mono<Bar> lift(Caller caller, UUID id, String reason) {
		Instant at = this.time.now();
		LocalDate today = today();
		return this.db.sql("select " + Bar.COLUMNS + " from barred_applicant where id = :id for update")
			.bind("id", id)
			.map(Bar::of)
			.one()
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("禁入记录不存在", "No such bar")))
			.flatMap((bar) -> switch (bar.stateOn(today)) {
				case LIFTED ->
					Mono.error(new ApiException(ProblemKind.CONFLICT, Text.of("该禁入已被解除", "The bar is already lifted")));
				case EXPIRED -> Mono
					.error(new ApiException(ProblemKind.CONFLICT, Text.of("该禁入已期满，无需解除", "The bar has already ended")));
				case ACTIVE -> {
					Bar lifted = new Bar(bar.id(), bar.creditCode(), bar.idNumber(), bar.reason(), bar.barredUntil(),
							bar.createdBy(), bar.createdAt(), at, caller.subject(), reason);
					yield this.db
						.sql("update barred_applicant set lifted_at = :at, lifted_by = :by, lift_reason = :reason "
								+ "where id = :id and lifted_at is null")
						.bind("at", at.atOffset(ZoneOffset.UTC))
						.bind("by", caller.subject())
						.bind("reason", reason)
						.bind("id", id)
						.then()
						.then(record(lifted, "LIFTED", caller.subject(), "BarLifted"))
						.thenReturn(lifted);
				}
			})
			.as(this.tx::transactional);
	}

	LocalDate today() {
		return this.time.today();
	}

	private Mono<Void> record(Bar bar, String action, String actor, String eventType) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("creditCode", bar.creditCode());
		detail.put("idNumber", bar.idNumber());
		detail.put("reason", bar.reason());
		detail.put("barredUntil", bar.barredUntil().toString());
		if (bar.liftedAt() != null) {
			detail.put("liftReason", bar.liftReason());
		}
		// The event leaves the service (and is logged): no resident ID in it.
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("barId", bar.id().toString());
		event.put("creditCode", bar.creditCode());
		event.put("barredUntil", bar.barredUntil().toString());
		event.put("actor", actor);
		return this.recordKeeper.record(AGGREGATE, bar.id(), action, actor, detail, eventType, event);
	}

}
