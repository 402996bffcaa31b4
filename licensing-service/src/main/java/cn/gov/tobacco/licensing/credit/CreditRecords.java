package cn.gov.tobacco.licensing.credit;

import cn.gov.tobacco.licensing.license.ScopeItems;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.audit.RecordKeeper;

/**
 * The credit records of retailers, found by subject, credit code or resident ID. Each new
 * record is one entry in its own audit chain and one outbox event, in the transaction
 * that writes it.
 */
@Component
public class CreditRecords {

	/** The aggregate type of a record's audit chain and events. */
	public static final String AGGREGATE = "credit_record";

	private static final String COLUMNS = "id, subject, kind, reason, reason_en, occurred_on, bar_until, source_event, repaired";

	private final DatabaseClient db;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final Clock clock;

	CreditRecords(DatabaseClient db, RecordKeeper recordKeeper, TransactionalOperator tx, Clock clock) {
		this.db = db;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * The reason the commitment path is closed by a BREACH: one whose bar period still
	 * runs, or one not repaired.
	 */
	public Mono<String> closingBreach(String subject, String creditCode, String idNumber, LocalDate today) {
		return this.db
			.sql("select reason, bar_until, repaired from credit_record where kind = 'BREACH' "
					+ "and (credit_code = :cc or id_number = :idn) "
					+ "and ((bar_until is not null and bar_until >= :day) or not repaired) "
					+ "order by occurred_on desc limit 1")
			.bind("cc", (creditCode != null) ? creditCode : "-")
			.bind("idn", (idNumber != null) ? idNumber : "-")
			.bind("day", today)
			.map((row) -> {
				LocalDate until = row.get("bar_until", LocalDate.class);
				return "失信记录（违反承诺）：" + row.get("reason", String.class)
						+ ((until != null && !until.isBefore(today)) ? "（禁入至 " + until + "）" : "（未修复）");
			})
			.one();
	}

	Flux<CreditRecord> of(String subject) {
		return this.db
			.sql("select " + COLUMNS + " from credit_record where subject = :s order by occurred_on, created_at")
			.bind("s", subject)
			.map(CreditRecords::record)
			.all();
	}

	/** Every record of the subjects, in the order {@link #of(String)} gives them. */
	Flux<CreditRecord> ofAll(java.util.Collection<String> subjects) {
		return this.db
			.sql("select " + COLUMNS + " from credit_record where subject = any(:s) order by occurred_on, created_at")
			.bind("s", subjects.toArray(String[]::new))
			.map(CreditRecords::record)
			.all();
	}

	public Mono<CreditRecord> byId(UUID id) {
		return this.db.sql("select " + COLUMNS + " from credit_record where id = :id")
			.bind("id", id)
			.map(CreditRecords::record)
			.one();
	}

	Mono<CreditRecord> bySource(String source) {
		return this.db.sql("select " + COLUMNS + " from credit_record where source_event = :src")
			.bind("src", source)
			.map(CreditRecords::record)
			.one();
	}

	/** Whether a staff subtree covers one of the retailer's applications or licenses. */
	public Mono<Boolean> covered(String subject, String likePattern) {
		return this.db
			.sql("select exists (select 1 from application where applicant_subject = :s and jurisdiction like :p "
					+ "and state <> 'DRAFT') or exists (select 1 from license where holder_subject = :s "
					+ "and jurisdiction like :p) as covered")
			.bind("s", subject)
			.bind("p", likePattern)
			.map((row) -> Boolean.TRUE.equals(row.get("covered", Boolean.class)))
			.one();
	}

	/**
	 * Writes a record; with a source, at most once per source (a repeat returns the
	 * record the first delivery wrote, flagged not new).
	 */
	public Mono<Written> add(CreditRecord r, String creditCode, String idNumber, String actor) {
		return add(r, creditCode, idNumber, actor, null);
	}

	/**
	 * As above, with the license the record concerns where it is known (a report or a
	 * penalty about one license; the off-site warnings count them per license).
	 */
	Mono<Written> add(CreditRecord r, String creditCode, String idNumber, String actor, String licenseNo) {
		Instant now = Instant.now(this.clock);
		var spec = this.db
			.sql("insert into credit_record (id, subject, credit_code, id_number, kind, reason, reason_en, occurred_on, "
					+ "bar_until, source_event, created_by, created_at, license_no) values (:id, :s, :cc, :idn, :kind, "
					+ ":reason, :en, :on, :until, :src, :by, :at, :no) on conflict (source_event) do nothing")
			.bind("id", r.id())
			.bind("s", r.subject())
			.bind("kind", r.kind().name())
			.bind("reason", r.reason())
			.bind("on", r.occurredOn())
			.bind("by", actor)
			.bind("at", now.atOffset(ZoneOffset.UTC));
		spec = (creditCode != null) ? spec.bind("cc", creditCode) : spec.bindNull("cc", String.class);
		spec = (idNumber != null) ? spec.bind("idn", idNumber) : spec.bindNull("idn", String.class);
		spec = (r.reasonEn() != null) ? spec.bind("en", r.reasonEn()) : spec.bindNull("en", String.class);
		spec = (r.barUntil() != null) ? spec.bind("until", r.barUntil()) : spec.bindNull("until", LocalDate.class);
		spec = (r.source() != null) ? spec.bind("src", r.source()) : spec.bindNull("src", String.class);
		spec = (licenseNo != null) ? spec.bind("no", licenseNo) : spec.bindNull("no", String.class);
		return spec.fetch().rowsUpdated().flatMap((n) -> {
			if (n == 0) {
				return bySource(r.source()).map((existing) -> new Written(existing, false));
			}
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("subject", r.subject());
			detail.put("kind", r.kind().name());
			detail.put("reason", r.reason());
			if (r.reasonEn() != null) {
				detail.put("reasonEn", r.reasonEn());
			}
			detail.put("occurredOn", r.occurredOn().toString());
			detail.put("barUntil", (r.barUntil() != null) ? r.barUntil().toString() : null);
			detail.put("source", r.source());
			Map<String, Object> event = new LinkedHashMap<>(detail);
			event.put("creditRecordId", r.id().toString());
			event.put("actor", actor);
			return this.recordKeeper.record(AGGREGATE, r.id(), "RECORDED", actor, detail, "CreditRecordAdded", event)
				.thenReturn(new Written(r, true));
		}).as(this.tx::transactional);
	}

	/** The holder of a license: the retailer a report about it concerns. */
	Mono<Holder> holder(String licenseNo) {
		return this.db
			.sql("select holder_subject, credit_code, operator_id_number, items from license where number = :no")
			.bind("no", licenseNo)
			.map((row) -> new Holder(row.get("holder_subject", String.class), row.get("credit_code", String.class),
					row.get("operator_id_number", String.class),
					ScopeItems.hasECigarette(row.get("items", String.class))))
			.one();
	}

	record Holder(String subject, String creditCode, String idNumber, boolean sellsECigarettes) {
	}

	/** A record and whether this call wrote it. */
	public record Written(CreditRecord record, boolean created) {
	}

	private static CreditRecord record(Readable row) {
		return new CreditRecord(row.get("id", UUID.class), row.get("subject", String.class),
				CreditRecord.Kind.valueOf(row.get("kind", String.class)), row.get("reason", String.class),
				row.get("occurred_on", LocalDate.class), row.get("bar_until", LocalDate.class),
				row.get("source_event", String.class), Boolean.TRUE.equals(row.get("repaired", Boolean.class)),
				row.get("reason_en", String.class));
	}

}
