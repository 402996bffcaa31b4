package cn.gov.tobacco.licensing.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import cn.gov.tobacco.licensing.geo.Haversine;

/** Reads and writes the reference data. */
@Service
public class ReferenceData {

	private final DatabaseClient db;

	private final BarredApplicants bars;

	ReferenceData(DatabaseClient db, BarredApplicants bars) {
		this.db = db;
		this.bars = bars;
	}

	/** The settings of the code's own row, or of the nearest ancestor's. */
	public Mono<JurisdictionSettings> settingsFor(String code) {
		List<String> chain = ancestry(code);
		return this.db
			.sql("select code, name, promise_days, school_distance_m, outlet_spacing_m, committed_promise_days, "
					+ "instant_approval_kinds, instant_review_days from jurisdiction_settings "
					+ "where code in (:codes) order by length(rtrim(code, '0')) desc limit 1")
			.bind("codes", chain)
			.map(ReferenceData::settings)
			.one()
			.defaultIfEmpty(JurisdictionSettings.DEFAULT);
	}

	Mono<JurisdictionSettings> putSettings(String code, JurisdictionSettings s, String by) {
		return this.db
			.sql("insert into jurisdiction_settings (code, name, promise_days, school_distance_m, "
					+ "outlet_spacing_m, committed_promise_days, instant_approval_kinds, instant_review_days, "
					+ "updated_by, updated_at) values (:code, :name, :p, :s, :o, :c, :ik, :ird, :by, now()) "
					+ "on conflict (code) do update set name = excluded.name, promise_days = excluded.promise_days, "
					+ "school_distance_m = excluded.school_distance_m, outlet_spacing_m = excluded.outlet_spacing_m, "
					+ "committed_promise_days = excluded.committed_promise_days, "
					+ "instant_approval_kinds = excluded.instant_approval_kinds, "
					+ "instant_review_days = excluded.instant_review_days, "
					+ "updated_by = excluded.updated_by, updated_at = now()")
			.bind("code", code)
			.bind("name", s.name())
			.bind("p", s.promiseDays())
			.bind("s", s.schoolDistanceMetres())
			.bind("o", s.outletSpacingMetres())
			.bind("c", s.committedPromiseDays())
			.bind("ik", String.join(",", new java.util.TreeSet<>(s.instantApprovalKinds())))
			.bind("ird", s.instantReviewDays())
			.bind("by", by)
			.then()
			.then(settingsFor(code));
	}

	/** The nearest school or kindergarten, with its distance in metres. */
	public Mono<Place> nearestSensitivePlace(double lat, double lon) {
		return this.db
			.sql("select name, kind, " + Haversine.SQL
					+ " as metres from sensitive_place where removed_at is null order by metres limit 1")
			.bind("lat", lat)
			.bind("lon", lon)
			.map((row) -> new Place(row.get("name", String.class), row.get("kind", String.class),
					row.get("metres", Double.class)))
			.one();
	}

	/**
	 * Bars a credit code and/or ID number until a day (in the caller's transaction), with
	 * the first entry of the bar's audit chain.
	 */
	public Mono<UUID> bar(String creditCode, String idNumber, String reason, LocalDate until, String by) {
		return this.bars.bar(creditCode, idNumber, reason, until, by).map(Bar::id);
	}

	/** The reason and end of a bar in force on {@code day}, if any. */
	public Mono<String> barOf(String creditCode, String idNumber, LocalDate day) {
		return this.db.sql(
				"select reason, barred_until from barred_applicant where barred_until >= :day and lifted_at is null and "
						+ "(credit_code = :cc or id_number = :idn) order by barred_until desc limit 1")
			.bind("day", day)
			.bind("cc", (creditCode != null) ? creditCode : "-")
			.bind("idn", (idNumber != null) ? idNumber : "-")
			.map((row) -> row.get("reason", String.class) + "（至 " + row.get("barred_until", LocalDate.class) + "）")
			.one();
	}

	static List<String> ancestry(String code) {
		List<String> chain = new ArrayList<>();
		if (code == null || code.length() < 6) {
			return List.of("000000");
		}
		chain.add(code);
		String six = code.substring(0, 6);
		chain.add(six);
		chain.add(six.substring(0, 4) + "00");
		chain.add(six.substring(0, 2) + "0000");
		return chain;
	}

	private static JurisdictionSettings settings(Readable row) {
		return new JurisdictionSettings(row.get("code", String.class), row.get("name", String.class),
				row.get("promise_days", Integer.class), row.get("school_distance_m", Integer.class),
				row.get("outlet_spacing_m", Integer.class), row.get("committed_promise_days", Integer.class),
				kinds(row.get("instant_approval_kinds", String.class)), row.get("instant_review_days", Integer.class));
	}

	private static java.util.Set<String> kinds(String stored) {
		return (stored == null || stored.isBlank()) ? java.util.Set.of() : java.util.Set.of(stored.split(","));
	}

	/**
	 * A sensitive place and its distance.
	 *
	 * @param name its name
	 * @param kind school or kindergarten
	 * @param metres distance
	 */
	public record Place(String name, String kind, double metres) {

	}

}
