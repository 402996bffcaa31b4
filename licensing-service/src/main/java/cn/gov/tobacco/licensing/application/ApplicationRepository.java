package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import cn.gov.tobacco.platform.paging.KeysetCursor;

/**
 * Applications in PostgreSQL, with plain SQL so each query says what it does.
 */
@Repository
class ApplicationRepository {

	private static final String COLUMNS = "id, number, type, state, version, applicant_subject, jurisdiction, "
			+ "business_name, credit_code, operator_name, operator_id_number, mobile, premises_address, "
			+ "premises_division, latitude, longitude, created_at, updated_at";

	private final DatabaseClient db;

	ApplicationRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Long> nextNumber() {
		return this.db.sql("select nextval('application_number_seq')").map((row) -> row.get(0, Long.class)).one();
	}

	Mono<Application> insert(Application a) {
		ApplicantDetails d = a.details();
		GenericExecuteSpec spec = this.db
			.sql("insert into application (" + COLUMNS + ") values (:id, :number, :type, "
					+ ":state, :version, :applicant, :jurisdiction, :businessName, :creditCode, :operatorName, "
					+ ":operatorIdNumber, :mobile, :address, :division, :latitude, :longitude, :createdAt, :updatedAt)")
			.bind("id", a.id())
			.bind("number", a.number())
			.bind("type", a.type().name())
			.bind("state", a.state().name())
			.bind("version", a.version())
			.bind("applicant", a.applicantSubject())
			.bind("createdAt", at(a.createdAt()))
			.bind("updatedAt", at(a.updatedAt()));
		spec = bindNullable(spec, "jurisdiction", a.jurisdiction(), String.class);
		spec = bindNullable(spec, "businessName", d.businessName(), String.class);
		spec = bindNullable(spec, "creditCode", d.creditCode(), String.class);
		spec = bindNullable(spec, "operatorName", d.operatorName(), String.class);
		spec = bindNullable(spec, "operatorIdNumber", d.operatorIdNumber(), String.class);
		spec = bindNullable(spec, "mobile", d.mobile(), String.class);
		spec = bindNullable(spec, "address", d.premises().address(), String.class);
		spec = bindNullable(spec, "division", d.premises().divisionCode(), String.class);
		spec = bindNullable(spec, "latitude", d.premises().latitude(), Double.class);
		spec = bindNullable(spec, "longitude", d.premises().longitude(), Double.class);
		return spec.then().thenReturn(a);
	}

	Mono<Application> findById(UUID id) {
		return this.db.sql("select " + COLUMNS + " from application where id = :id")
			.bind("id", id)
			.map(ApplicationRepository::map)
			.one();
	}

	/** One page of the applicant's own applications, newest first. */
	Flux<Application> pageOfApplicant(String subject, KeysetCursor after, int limit) {
		return page("applicant_subject = :key", subject, after, limit);
	}

	Mono<Long> countOfApplicant(String subject) {
		return count("applicant_subject = :key", subject);
	}

	/** One page of the submitted applications in a jurisdiction subtree, newest first. */
	Flux<Application> pageInJurisdiction(String likePattern, KeysetCursor after, int limit) {
		return page("jurisdiction like :key and state <> 'DRAFT'", likePattern, after, limit);
	}

	Mono<Long> countInJurisdiction(String likePattern) {
		return count("jurisdiction like :key and state <> 'DRAFT'", likePattern);
	}

	private Flux<Application> page(String filter, String key, KeysetCursor after, int limit) {
		String keyset = (after != null) ? " and (created_at, id) < (:afterAt, :afterId)" : "";
		GenericExecuteSpec spec = this.db
			.sql("select " + COLUMNS + " from application where " + filter + keyset
					+ " order by created_at desc, id desc limit :limit")
			.bind("key", key)
			.bind("limit", limit);
		if (after != null) {
			spec = spec.bind("afterAt", at(after.instant())).bind("afterId", after.id());
		}
		return spec.map(ApplicationRepository::map).all();
	}

	private Mono<Long> count(String filter, String key) {
		return this.db.sql("select count(*) from application where " + filter)
			.bind("key", key)
			.map((row) -> row.get(0, Long.class))
			.one();
	}

	private static Application map(Readable row) {
		Premises premises = new Premises(row.get("premises_address", String.class),
				row.get("premises_division", String.class), row.get("latitude", Double.class),
				row.get("longitude", Double.class));
		ApplicantDetails details = new ApplicantDetails(row.get("business_name", String.class),
				row.get("credit_code", String.class), row.get("operator_name", String.class),
				row.get("operator_id_number", String.class), row.get("mobile", String.class), premises);
		return new Application(row.get("id", UUID.class), row.get("number", String.class),
				ApplicationType.valueOf(row.get("type", String.class)),
				ApplicationState.valueOf(row.get("state", String.class)), row.get("version", Long.class),
				row.get("applicant_subject", String.class), row.get("jurisdiction", String.class), details,
				row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("updated_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

}
