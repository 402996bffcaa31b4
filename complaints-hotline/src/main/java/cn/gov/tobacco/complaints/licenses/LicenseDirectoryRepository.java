package cn.gov.tobacco.complaints.licenses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code license_directory}, one per license, kept from licensing's license
 * events. Which license a report names is {@link LicenseTriage}'s to say.
 */
@Repository
class LicenseDirectoryRepository {

	private static final String COLUMNS = "license_no, business_name, credit_code, address, division_code, status, "
			+ "valid_from, valid_until, version";

	private final DatabaseClient db;

	LicenseDirectoryRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Stores what a license event says, unless the directory already holds the same or a
	 * newer version of the license (events may arrive late or twice).
	 */
	Mono<Void> save(DirectoryEntry e, Instant at) {
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

	Mono<DirectoryEntry> find(String licenseNo) {
		return this.db.sql("select " + COLUMNS + " from license_directory where license_no = :no")
			.bind("no", licenseNo)
			.map(LicenseDirectoryRepository::entry)
			.one();
	}

	/** The licenses whose premises lie in a district (six-digit code). */
	Flux<DirectoryEntry> inDistrict(String district) {
		return this.db.sql("select " + COLUMNS + " from license_directory where division_code = :district")
			.bind("district", district)
			.map(LicenseDirectoryRepository::entry)
			.all();
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
