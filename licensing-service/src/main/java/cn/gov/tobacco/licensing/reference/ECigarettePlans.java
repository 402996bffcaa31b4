package cn.gov.tobacco.licensing.reference;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.audit.RecordKeeper;

/**
 * The e-cigarette layout plans: the version in force for a jurisdiction (its own newest,
 * else the nearest ancestor's), a new version by ADMIN (an entry in the plan's audit
 * chain and an outbox event {@code ECigarettePlanChanged}), and the history of a node's
 * versions.
 */
@Service
public class ECigarettePlans {

	static final String AGGREGATE = "e_cigarette_plan";

	private static final String COLUMNS = "code, version, name, max_outlets_per_district, school_distance_m, "
			+ "never_licensed_kinds, reason, updated_by, updated_at";

	private final DatabaseClient db;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final Clock clock;

	ECigarettePlans(DatabaseClient db, RecordKeeper recordKeeper, TransactionalOperator tx, Clock clock) {
		this.db = db;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.clock = clock;
	}

	/** The plan in force for a division code: its own newest version or an ancestor's. */
	public Mono<ECigarettePlan> planFor(String code) {
		return this.db
			.sql("select " + COLUMNS + " from e_cigarette_plan where code in (:codes) "
					+ "order by length(rtrim(code, '0')) desc, version desc limit 1")
			.bind("codes", ReferenceData.ancestry(code))
			.map(ECigarettePlans::map)
			.one()
			.defaultIfEmpty(ECigarettePlan.DEFAULT);
	}

	/** Every version of the node's own plan, newest first. */
	Flux<ECigarettePlan> history(String code) {
		return this.db.sql("select " + COLUMNS + " from e_cigarette_plan where code = :code order by version desc")
			.bind("code", code)
			.map(ECigarettePlans::map)
			.all();
	}

	/**
	 * Puts a new version in force. Two at once for one node are serialized by a
	 * transaction-level advisory lock, so each gets its own version number.
	 */
	Mono<ECigarettePlan> put(String code, String name, Integer maxOutlets, int schoolDistance, Set<String> kinds,
			String reason, String by) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		return this.db.sql("select pg_advisory_xact_lock(hashtext('e-cigarette-plan:' || :code))")
			.bind("code", code)
			.fetch()
			.rowsUpdated()
			.then(this.db.sql("select coalesce(max(version), 0) + 1 from e_cigarette_plan where code = :code")
				.bind("code", code)
				.map((row) -> row.get(0, Integer.class))
				.one())
			.map((version) -> new ECigarettePlan(code, version, name, maxOutlets, schoolDistance, kinds, reason, by,
					now))
			.flatMap((plan) -> insert(plan).then(record(plan)).thenReturn(plan))
			.as(this.tx::transactional);
	}

	private Mono<Void> insert(ECigarettePlan plan) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("insert into e_cigarette_plan (" + COLUMNS + ") values (:code, :version, :name, :max, :distance, "
					+ ":kinds, :reason, :by, :at)")
			.bind("code", plan.code())
			.bind("version", plan.version())
			.bind("name", plan.name())
			.bind("distance", plan.schoolDistanceMetres())
			.bind("kinds", String.join(",", plan.kindsInOrder()))
			.bind("by", plan.updatedBy())
			.bind("at", plan.updatedAt().atOffset(ZoneOffset.UTC));
		spec = (plan.maxOutletsPerDistrict() != null) ? spec.bind("max", plan.maxOutletsPerDistrict())
				: spec.bindNull("max", Integer.class);
		spec = (plan.reason() != null) ? spec.bind("reason", plan.reason()) : spec.bindNull("reason", String.class);
		return spec.then();
	}

	private Mono<Void> record(ECigarettePlan plan) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("code", plan.code());
		detail.put("version", plan.version());
		detail.put("name", plan.name());
		detail.put("maxOutletsPerDistrict", plan.maxOutletsPerDistrict());
		detail.put("schoolDistanceMetres", plan.schoolDistanceMetres());
		detail.put("neverLicensedKinds", plan.kindsInOrder());
		detail.put("reason", plan.reason());
		return this.recordKeeper.record(AGGREGATE, aggregateId(plan.code()), "PLAN_VERSION_ADDED", plan.updatedBy(),
				detail, "ECigarettePlanChanged", detail);
	}

	/** One audit chain per node's plan. */
	static UUID aggregateId(String code) {
		return UUID.nameUUIDFromBytes(("e-cigarette-plan:" + code).getBytes(StandardCharsets.UTF_8));
	}

	private static ECigarettePlan map(Readable row) {
		String kinds = row.get("never_licensed_kinds", String.class);
		return new ECigarettePlan(row.get("code", String.class), row.get("version", Integer.class),
				row.get("name", String.class), row.get("max_outlets_per_district", Integer.class),
				row.get("school_distance_m", Integer.class),
				(kinds == null || kinds.isBlank()) ? Set.of() : Set.copyOf(List.of(kinds.split(","))),
				row.get("reason", String.class), row.get("updated_by", String.class),
				row.get("updated_at", OffsetDateTime.class).toInstant());
	}

}
