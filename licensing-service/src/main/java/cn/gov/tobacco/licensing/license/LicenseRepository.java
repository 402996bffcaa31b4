package cn.gov.tobacco.licensing.license;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import cn.gov.tobacco.licensing.geo.Haversine;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

@Repository
class LicenseRepository {

	private static final String COLUMNS = "id, number, jurisdiction, holder_subject, business_name, credit_code, "
			+ "operator_name, operator_id_number, mobile, premises_address, premises_division, latitude, longitude, "
			+ "business_scope, items, valid_from, valid_until, status, suspended_until, version, issued_at";

	private final DatabaseClient db;

	LicenseRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * The next number of a jurisdiction's year: {@code 330106} + {@code 2026} + 5 digits.
	 */
	Mono<String> nextNumber(String jurisdiction, int year) {
		return this.db
			.sql("insert into license_sequence (jurisdiction, year, last_value) values (:j, :y, 1) "
					+ "on conflict (jurisdiction, year) do update set last_value = license_sequence.last_value + 1 "
					+ "returning last_value")
			.bind("j", jurisdiction)
			.bind("y", year)
			.map((row) -> row.get(0, Integer.class))
			.one()
			.map((seq) -> jurisdiction + year + String.format("%05d", seq));
	}

	Mono<License> findByNumber(String number) {
		return this.db.sql("select " + COLUMNS + " from license where number = :n")
			.bind("n", number)
			.map(LicenseRepository::map)
			.one();
	}

	/**
	 * One page of the licenses matching {@code filter} (one parameter, {@code :key}),
	 * newest first ({@code issued_at desc, id desc}), with the true total.
	 */
	Mono<Page<License>> page(String filter, String key, KeysetCursor after, int limit) {
		return KeysetScan.Query
			.descending(COLUMNS, " from license where " + filter, Map.of("key", key), "id", Key.instant("issued_at"))
			.read(this.db, after, limit, LicenseRepository::map, (l) -> KeysetCursor.after(l.issuedAt(), l.id()));
	}

	/**
	 * Every ACTIVE or SUSPENDED license whose validity ended before {@code today}: the
	 * expiry job's.
	 */
	Flux<License> validityEndedBefore(LocalDate today) {
		return scan("status in ('ACTIVE', 'SUSPENDED') and valid_until < :today", today);
	}

	/**
	 * Every SUSPENDED license whose approved suspension ended before {@code today}, still
	 * valid and without a pending CLOSURE: the suspension-end job's.
	 */
	Flux<License> suspensionEndedBefore(LocalDate today) {
		return scan("status = 'SUSPENDED' and suspended_until < :today and valid_until >= :today "
				+ "and not exists (select 1 from application a where a.license_no = license.number "
				+ "and a.type = 'CLOSURE' "
				+ "and a.state in ('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK'))",
				today);
	}

	/**
	 * Every license matching one of the conditions above ({@code :today} bound), read a
	 * page at a time in the order of their ids, so a job sees all of them.
	 */
	private Flux<License> scan(String condition, LocalDate today) {
		return KeysetScan.all(KeysetScan.PAGE, (UUID after) -> {
			GenericExecuteSpec spec = this.db
				.sql("select " + COLUMNS + " from license where (" + condition + ")"
						+ ((after != null) ? " and id > :afterId" : "") + " order by id limit " + KeysetScan.PAGE)
				.bind("today", today);
			return ((after != null) ? spec.bind("afterId", after) : spec).map(LicenseRepository::map).all();
		}, License::id);
	}

	Mono<License> insert(License l, Instant now) {
		Map<String, Object> v = values(l, now);
		v.put("id", l.id());
		v.put("number", l.number());
		v.put("jurisdiction", l.jurisdiction());
		v.put("holder_subject", l.holderSubject());
		v.put("issued_at", at(l.issuedAt()));
		String columns = String.join(", ", v.keySet());
		String params = ":" + String.join(", :", v.keySet());
		return bind(this.db.sql("insert into license (" + columns + ") values (" + params + ")"), v).then()
			.thenReturn(l);
	}

	Mono<License> update(License l, Instant now) {
		Map<String, Object> v = values(l, now);
		StringBuilder set = new StringBuilder();
		v.keySet().forEach((c) -> set.append((set.length() > 0) ? ", " : "").append(c).append(" = :").append(c));
		v.put("id", l.id());
		v.put("expected", l.version() - 1);
		return bind(this.db.sql("update license set " + set + " where id = :id and version = :expected"), v).fetch()
			.rowsUpdated()
			.flatMap((n) -> (n == 1) ? Mono.just(l) : Mono.error(new ApiException(ProblemKind.VERSION_CONFLICT,
					Text.of("许可证已被他人修改", "The license was changed by someone else"))));
	}

	/** The nearest licensed outlet (ACTIVE or SUSPENDED) other than {@code except}. */
	Mono<Nearest> nearestOutlet(double lat, double lon, String except) {
		return this.db
			.sql("select number, business_name, " + Haversine.SQL + " as metres from license "
					+ "where status in ('ACTIVE', 'SUSPENDED') and latitude is not null and number <> :except "
					+ "order by metres limit 1")
			.bind("lat", lat)
			.bind("lon", lon)
			.bind("except", (except != null) ? except : "")
			.map((row) -> new Nearest(row.get("number", String.class) + " " + row.get("business_name", String.class),
					row.get("metres", Double.class)))
			.one();
	}

	Mono<Long> eCigaretteOutletsIn(String division, String except) {
		return this.db
			.sql("select count(*) from license where premises_division = :d and status in ('ACTIVE', 'SUSPENDED') "
					+ "and items like '%E_CIGARETTE%' and number <> :except")
			.bind("d", division)
			.bind("except", (except != null) ? except : "")
			.map((row) -> row.get(0, Long.class))
			.one();
	}

	Mono<Void> lockECigaretteQuota(String division) {
		return this.db.sql("select pg_advisory_xact_lock(hashtext('e-cigarette-quota:' || :d))")
			.bind("d", division)
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static Map<String, Object> values(License l, Instant now) {
		Map<String, Object> v = new LinkedHashMap<>();
		License.Holder h = l.holder();
		v.put("business_name", h.businessName());
		v.put("credit_code", h.creditCode());
		v.put("operator_name", h.operatorName());
		v.put("operator_id_number", h.operatorIdNumber());
		v.put("mobile", h.mobile());
		v.put("premises_address", h.address());
		v.put("premises_division", h.division());
		v.put("latitude", h.latitude());
		v.put("longitude", h.longitude());
		v.put("business_scope", l.scope());
		v.put("items", l.items());
		v.put("valid_from", l.validFrom());
		v.put("valid_until", l.validUntil());
		v.put("status", l.status().name());
		v.put("suspended_until", l.suspendedUntil());
		v.put("version", l.version());
		v.put("updated_at", at(now));
		return v;
	}

	private static GenericExecuteSpec bind(GenericExecuteSpec spec, Map<String, Object> v) {
		for (Map.Entry<String, Object> e : v.entrySet()) {
			Class<?> type = switch (e.getKey()) {
				case "latitude", "longitude" -> Double.class;
				case "suspended_until" -> LocalDate.class;
				default -> String.class;
			};
			spec = (e.getValue() != null) ? spec.bind(e.getKey(), e.getValue()) : spec.bindNull(e.getKey(), type);
		}
		return spec;
	}

	private static License map(Readable row) {
		License.Holder holder = new License.Holder(row.get("business_name", String.class),
				row.get("credit_code", String.class), row.get("operator_name", String.class),
				row.get("operator_id_number", String.class), row.get("mobile", String.class),
				row.get("premises_address", String.class), row.get("premises_division", String.class),
				row.get("latitude", Double.class), row.get("longitude", Double.class));
		return new License(row.get("id", UUID.class), row.get("number", String.class),
				row.get("jurisdiction", String.class), row.get("holder_subject", String.class), holder,
				row.get("business_scope", String.class), row.get("items", String.class),
				row.get("valid_from", LocalDate.class), row.get("valid_until", LocalDate.class),
				LicenseStatus.valueOf(row.get("status", String.class)), row.get("suspended_until", LocalDate.class),
				row.get("version", Long.class), row.get("issued_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
