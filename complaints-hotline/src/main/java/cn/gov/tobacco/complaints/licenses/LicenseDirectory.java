package cn.gov.tobacco.complaints.licenses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;

/**
 * The license directory: kept from licensing's license events, read by intake (triage,
 * duplicate linking), the case view and the credit rule.
 */
@Service
public class LicenseDirectory {

	private static final String COLUMNS = "license_no, business_name, credit_code, address, division_code, status, "
			+ "valid_from, valid_until, version";

	private final DatabaseClient db;

	LicenseDirectory(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Stores what a license event says, unless the directory already holds the same or a
	 * newer version of the license (events may arrive late or twice).
	 */
	Mono<Void> apply(DirectoryEntry e, Instant at) {
		GenericExecuteSpec spec = this.db.sql("insert into license_directory (" + COLUMNS
				+ ", updated_at) values (:no, :name, :code, "
				+ ":address, :division, :status, :from, :until, :version, :at) on conflict (license_no) do update set "
				+ "business_name = excluded.business_name, credit_code = excluded.credit_code, "
				+ "address = excluded.address, division_code = excluded.division_code, status = excluded.status, "
				+ "valid_from = excluded.valid_from, valid_until = excluded.valid_until, version = excluded.version, "
				+ "updated_at = excluded.updated_at where license_directory.version < excluded.version")
			.bind("no", e.licenseNo())
			.bind("name", e.businessName())
			.bind("address", e.address())
			.bind("division", e.divisionCode())
			.bind("status", e.status())
			.bind("version", e.version())
			.bind("at", at.atOffset(ZoneOffset.UTC));
		spec = (e.creditCode() != null) ? spec.bind("code", e.creditCode()) : spec.bindNull("code", String.class);
		spec = (e.validFrom() != null) ? spec.bind("from", e.validFrom()) : spec.bindNull("from", LocalDate.class);
		spec = (e.validUntil() != null) ? spec.bind("until", e.validUntil()) : spec.bindNull("until", LocalDate.class);
		return spec.then();
	}

	public Mono<DirectoryEntry> find(String licenseNo) {
		if (licenseNo == null) {
			return Mono.empty();
		}
		return this.db.sql("select " + COLUMNS + " from license_directory where license_no = :no")
			.bind("no", licenseNo)
			.map(LicenseDirectory::entry)
			.one();
	}

	/**
	 * Whether the reported retailer or address in the district holds a license: a license
	 * of the same business name, else one at the reported premises; an active one is
	 * preferred to one that is not.
	 */
	public Mono<LicenseMatch> check(String divisionCode, String address, String retailerName) {
		if (divisionCode == null || divisionCode.length() < 6) {
			return Mono.just(LicenseMatch.none());
		}
		return this.db.sql("select " + COLUMNS + " from license_directory where division_code = :district")
			.bind("district", divisionCode.substring(0, 6))
			.map(LicenseDirectory::entry)
			.all()
			.collectList()
			.map((entries) -> best(entries, address, retailerName));
	}

	private static LicenseMatch best(List<DirectoryEntry> entries, String address, String retailerName) {
		Comparator<DirectoryEntry> activeFirst = Comparator
			.comparing((DirectoryEntry e) -> !"ACTIVE".equals(e.status()))
			.thenComparing(DirectoryEntry::licenseNo);
		if (retailerName != null && !retailerName.isBlank()) {
			var byName = entries.stream()
				.filter((e) -> AddressMatch.sameName(e.businessName(), retailerName))
				.min(activeFirst);
			if (byName.isPresent()) {
				return LicenseMatch.of(byName.get(), "NAME");
			}
		}
		return entries.stream()
			.filter((e) -> AddressMatch.matches(e.address(), address))
			.min(activeFirst)
			.map((e) -> LicenseMatch.of(e, "ADDRESS"))
			.orElseGet(LicenseMatch::none);
	}

	private static DirectoryEntry entry(Readable row) {
		Long version = row.get("version", Long.class);
		return new DirectoryEntry(row.get("license_no", String.class), row.get("business_name", String.class),
				row.get("credit_code", String.class), row.get("address", String.class),
				row.get("division_code", String.class), row.get("status", String.class),
				row.get("valid_from", LocalDate.class), row.get("valid_until", LocalDate.class),
				(version != null) ? version : 0L);
	}

}
