package cn.gov.tobacco.complaints.licenses;

/**
 * The 无证经营 triage of a reported retailer or address.
 *
 * @param result LICENSED, NOT_ACTIVE or NO_LICENSE_FOUND
 * @param entry the matching license, if any
 * @param matchedBy NAME or ADDRESS, if one matched
 */
public record LicenseMatch(Result result, DirectoryEntry entry, String matchedBy) {

	/** What the directory says. */
	public enum Result {

		LICENSED("持有有效许可证"), NOT_ACTIVE("许可证非有效状态，疑似无证经营"), NO_LICENSE_FOUND("未查到许可证，疑似无证经营");

		private final String label;

		Result(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public static LicenseMatch none() {
		return new LicenseMatch(Result.NO_LICENSE_FOUND, null, null);
	}

	/**
	 * The triage of a case that names its license already; none when the directory lacks
	 * it.
	 */
	public static LicenseMatch byNumber(DirectoryEntry entry) {
		return (entry != null) ? of(entry, "LICENSE_NO") : none();
	}

	static LicenseMatch of(DirectoryEntry entry, String matchedBy) {
		return new LicenseMatch("ACTIVE".equals(entry.status()) ? Result.LICENSED : Result.NOT_ACTIVE, entry,
				matchedBy);
	}

	/** The matched license number, or {@code null}. */
	public String licenseNo() {
		return (this.entry != null) ? this.entry.licenseNo() : null;
	}

}
