package cn.gov.tobacco.complaints.licenses;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The license directory: kept from licensing's license events
 * ({@link LicenseDirectoryRepository}), read by intake (triage, duplicate linking), the
 * case view and the credit rule; which license a report names is {@link LicenseTriage}.
 */
@Service
public class LicenseDirectory {

	private final LicenseDirectoryRepository rows;

	LicenseDirectory(LicenseDirectoryRepository rows) {
		this.rows = rows;
	}

	public Mono<DirectoryEntry> find(String licenseNo) {
		return (licenseNo != null) ? this.rows.find(licenseNo) : Mono.empty();
	}

	/**
	 * Whether the reported retailer or address in the district holds a license (see
	 * {@link LicenseTriage}).
	 */
	public Mono<LicenseMatch> check(String divisionCode, String address, String retailerName) {
		return LicenseTriage.districtOf(divisionCode)
			.map((district) -> this.rows.inDistrict(district)
				.collectList()
				.map((entries) -> LicenseTriage.match(entries, address, retailerName)))
			.orElseGet(() -> Mono.just(LicenseMatch.none()));
	}

}
