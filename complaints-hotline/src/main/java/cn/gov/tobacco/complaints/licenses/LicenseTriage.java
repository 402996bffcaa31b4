package cn.gov.tobacco.complaints.licenses;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The 无证经营 triage, plain Java: which license of the reported district a report names. A
 * license of the same business name, else one at the reported premises; an active one is
 * preferred to one that is not, then the lower license number.
 */
final class LicenseTriage {

	private static final Comparator<DirectoryEntry> ACTIVE_FIRST = Comparator
		.comparing((DirectoryEntry e) -> !"ACTIVE".equals(e.status()))
		.thenComparing(DirectoryEntry::licenseNo);

	private LicenseTriage() {
	}

	/**
	 * The district (six digits) whose licenses a report of this division is matched
	 * against; none for a code too short to name one.
	 */
	static Optional<String> districtOf(String divisionCode) {
		return (divisionCode == null || divisionCode.length() < 6) ? Optional.empty()
				: Optional.of(divisionCode.substring(0, 6));
	}

	/** The best match among the district's licenses, or none. */
	static LicenseMatch match(Collection<DirectoryEntry> district, String address, String retailerName) {
		if (retailerName != null && !retailerName.isBlank()) {
			Optional<DirectoryEntry> byName = district.stream()
				.filter((e) -> AddressMatch.sameName(e.businessName(), retailerName))
				.min(ACTIVE_FIRST);
			if (byName.isPresent()) {
				return LicenseMatch.of(byName.get(), "NAME");
			}
		}
		return district.stream()
			.filter((e) -> AddressMatch.matches(e.address(), address))
			.min(ACTIVE_FIRST)
			.map((e) -> LicenseMatch.of(e, "ADDRESS"))
			.orElseGet(LicenseMatch::none);
	}

}
