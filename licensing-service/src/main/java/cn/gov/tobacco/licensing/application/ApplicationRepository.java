package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

import static cn.gov.tobacco.licensing.application.ApplicationRows.COLUMNS;

/**
 * Applications in PostgreSQL, with plain SQL so each query says what it does. Updates are
 * guarded by the version the change was computed from: a concurrent change makes the
 * update hit no row, which is a 409.
 */
@Repository
class ApplicationRepository {

	private final DatabaseClient db;

	ApplicationRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Long> nextNumber() {
		return this.db.sql("select nextval('application_number_seq')").map((row) -> row.get(0, Long.class)).one();
	}

	Mono<Application> insert(Application a) {
		Map<String, Object> values = ApplicationRows.mutable(a);
		String columns = String.join(", ", values.keySet());
		String params = values.keySet().stream().map((c) -> ":" + c).collect(Collectors.joining(", "));
		GenericExecuteSpec spec = this.db
			.sql("insert into application (id, number, applicant_subject, created_at, " + columns
					+ ") values (:id, :number, :applicant, :created_at, " + params + ")")
			.bind("id", a.id())
			.bind("number", a.number())
			.bind("applicant", a.applicantSubject())
			.bind("created_at", ApplicationRows.at(a.createdAt()));
		return bindAll(spec, values).then().thenReturn(a);
	}

	/** Writes {@code a}, whose version is one more than the stored one; else 409. */
	Mono<Application> update(Application a) {
		Map<String, Object> values = ApplicationRows.mutable(a);
		String set = values.keySet().stream().map((c) -> c + " = :" + c).collect(Collectors.joining(", "));
		GenericExecuteSpec spec = this.db
			.sql("update application set " + set + " where id = :id and version = :expected")
			.bind("id", a.id())
			.bind("expected", a.version() - 1);
		return bindAll(spec, values).fetch()
			.rowsUpdated()
			.flatMap((n) -> (n == 1) ? Mono.just(a) : Mono.error(ApplicationRepository::conflict));
	}

	static ApiException conflict() {
		return new ApiException(ProblemKind.VERSION_CONFLICT,
				Text.of("申请已被他人修改，请刷新后重试", "The application was changed by someone else; reload and retry"));
	}

	Mono<Application> findById(UUID id) {
		return this.db.sql("select " + COLUMNS + " from application where id = :id")
			.bind("id", id)
			.map(ApplicationRows::map)
			.one();
	}

	Flux<Application> findByBundle(UUID bundleId) {
		return this.db.sql("select " + COLUMNS + " from application where bundle_id = :b order by number")
			.bind("b", bundleId)
			.map(ApplicationRows::map)
			.all();
	}

	/**
	 * Every submitted application whose 5 working days for a correction notice ended
	 * before {@code today}.
	 */
	Flux<Application> acceptanceLapsed(LocalDate today) {
		return scan("state = 'SUBMITTED' and acceptance_due < :today", Map.of("today", today));
	}

	/** Every open application with a deadline running. */
	Flux<Application> withOpenDeadline() {
		return scan("state in ('SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK') and current_due is not null",
				Map.of());
	}

	/** Every application whose registry check is PENDING and due by {@code now}. */
	Flux<Application> registryChecksDue(Instant now) {
		return scan("registry_status = 'PENDING' and registry_next_at <= :now", Map.of("now", ApplicationRows.at(now)));
	}

	Mono<Void> setDeadlineFlag(UUID id, String flag) {
		return this.db.sql("update application set deadline_flag = :f where id = :id")
			.bind("f", flag)
			.bind("id", id)
			.then();
	}

	/**
	 * Stores a registry check's outcome and counts the attempt; {@code next} is when to
	 * try again ({@code null} once answered).
	 */
	Mono<Void> saveRegistryCheck(UUID id, String status, String detail, Instant next) {
		var spec = this.db
			.sql("update application set registry_status = :s, registry_detail = :d, "
					+ "registry_attempts = registry_attempts + 1, registry_next_at = :next where id = :id")
			.bind("s", status)
			.bind("d", detail)
			.bind("id", id);
		spec = (next != null) ? spec.bind("next", ApplicationRows.at(next))
				: spec.bindNull("next", java.time.OffsetDateTime.class);
		return spec.then();
	}

	/**
	 * Every application matching one of the conditions above, read a page at a time in
	 * the order of their ids, so a job sees all of them however many there are.
	 */
	private Flux<Application> scan(String condition, Map<String, Object> params) {
		return KeysetScan.all(KeysetScan.PAGE, (UUID after) -> {
			GenericExecuteSpec spec = bindAll(
					this.db.sql("select " + COLUMNS + " from application where (" + condition + ")"
							+ ((after != null) ? " and id > :afterId" : "") + " order by id limit " + KeysetScan.PAGE),
					params);
			return ((after != null) ? spec.bind("afterId", after) : spec).map(ApplicationRows::map).all();
		}, Application::id);
	}

	/** One page of the applicant's own applications, newest first. */
	Mono<Page<Application>> pageOfApplicant(String subject, KeysetCursor after, int limit) {
		return page("applicant_subject = :key", subject, after, limit);
	}

	/** One page of the submitted applications in a jurisdiction subtree, newest first. */
	Mono<Page<Application>> pageInJurisdiction(String likePattern, KeysetCursor after, int limit) {
		return page("jurisdiction like :key and state <> 'DRAFT'", likePattern, after, limit);
	}

	/**
	 * One page of the applications whose site check is assigned to the inspector, newest
	 * first.
	 */
	Mono<Page<Application>> pageAssignedTo(String inspector, KeysetCursor after, int limit) {
		return page("assignee_subject = :key and state <> 'DRAFT'", inspector, after, limit);
	}

	/** The jurisdiction of the application's post-verification, if it has one. */
	Mono<String> postVerificationJurisdiction(UUID applicationId) {
		return this.db.sql("select jurisdiction from post_verification where application_id = :a")
			.bind("a", applicationId)
			.map((row) -> row.get(0, String.class))
			.one();
	}

	/**
	 * One page of the applications matching {@code filter} (one parameter, {@code :key}),
	 * newest first ({@code created_at desc, id desc}), with the true total.
	 */
	private Mono<Page<Application>> page(String filter, String key, KeysetCursor after, int limit) {
		return KeysetScan.Query
			.descending(COLUMNS, " from application where " + filter, Map.of("key", key), "id",
					Key.instant("created_at"))
			.read(this.db, after, limit, ApplicationRows::map, (a) -> KeysetCursor.after(a.createdAt(), a.id()));
	}

	/** The types of the current documents (neither replaced nor removed). */
	Mono<java.util.Set<cn.gov.tobacco.licensing.materials.DocumentType>> attachedTypes(UUID applicationId) {
		return this.db.sql(
				"select distinct d.document_type from document d join application_document ad on ad.document_id = d.id "
						+ "where ad.application_id = :a and ad.replaced_by is null and ad.removed_at is null")
			.bind("a", applicationId)
			.map((row) -> cn.gov.tobacco.licensing.materials.DocumentType.valueOf(row.get(0, String.class)))
			.all()
			.collect(java.util.stream.Collectors.toSet());
	}

	/** Accepted materials count as verified: the retailer may reuse them (材料复用). */
	Mono<Void> markDocumentsVerified(UUID applicationId, java.time.Instant now) {
		return this.db
			.sql("update document set verified_at = :now where verified_at is null and document_type <> 'SITE_PHOTO' "
					+ "and id in (select document_id from application_document where application_id = :a "
					+ "and replaced_by is null and removed_at is null)")
			.bind("now", ApplicationRows.at(now))
			.bind("a", applicationId)
			.then();
	}

	/**
	 * The types of the application's current documents nobody has verified yet (a reused
	 * document verified on an earlier application counts as verified; a site photo is the
	 * bureau's own).
	 */
	Mono<java.util.List<String>> unverifiedDocumentTypes(UUID applicationId) {
		return this.db.sql(
				"select distinct d.document_type from application_document ad join document d on d.id = ad.document_id "
						+ "where ad.application_id = :a and ad.replaced_by is null and ad.removed_at is null "
						+ "and d.verified_at is null and d.document_type <> 'SITE_PHOTO' order by d.document_type")
			.bind("a", applicationId)
			.map((row) -> row.get("document_type", String.class))
			.all()
			.collectList();
	}

	/** Records the license a NEW application's approval issued (not a state change). */
	Mono<Void> setLicenseNo(UUID applicationId, String licenseNo) {
		return this.db.sql("update application set license_no = :n where id = :a")
			.bind("n", licenseNo)
			.bind("a", applicationId)
			.then();
	}

	static GenericExecuteSpec bindAll(GenericExecuteSpec spec, Map<String, Object> values) {
		for (Map.Entry<String, Object> e : values.entrySet()) {
			spec = (e.getValue() != null) ? spec.bind(e.getKey(), e.getValue())
					: spec.bindNull(e.getKey(), ApplicationRows.typeOf(e.getKey()));
		}
		return spec;
	}

}
