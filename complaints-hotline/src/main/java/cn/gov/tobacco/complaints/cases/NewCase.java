package cn.gov.tobacco.complaints.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything a new case row holds. Reporter fields are already encrypted.
 */
public record NewCase(UUID id, String caseNumber, CaseKind kind, Channel channel, String category, boolean urgent,
		CaseState state, String divisionCode, String addressDetail, String retailerName, String description,
		EncryptedReporter reporter, String reporterSubject, String trackingCodeHash, String notAcceptedReason,
		Instant receivedAt, Instant acknowledgeDueAt, long deadlineSettingId, String externalRef, String createdBy,
		UUID duplicateOf) {

	public NewCase linkedTo(UUID primary, String reason) {
		return new NewCase(this.id, this.caseNumber, this.kind, this.channel, this.category, this.urgent,
				CaseState.CLOSED, this.divisionCode, this.addressDetail, this.retailerName, this.description,
				this.reporter, this.reporterSubject, this.trackingCodeHash, reason, this.receivedAt,
				this.acknowledgeDueAt, this.deadlineSettingId, this.externalRef, this.createdBy, primary);
	}

	/**
	 * Reporter contact data as stored.
	 *
	 * @param name AES-GCM ciphertext or {@code null}
	 * @param phone AES-GCM ciphertext or {@code null}
	 * @param idNumber AES-GCM ciphertext or {@code null}
	 * @param masked the masked form shown in lists
	 * @param phoneIndex the keyed blind index of the phone, or {@code null}
	 */
	public record EncryptedReporter(byte[] name, byte[] phone, byte[] idNumber, String masked, String phoneIndex) {
	}

	/** A normalised address for duplicate detection: no blanks, lower case. */
	public String addressKey() {
		return addressKeyOf(this.divisionCode, this.addressDetail);
	}

	public String retailerKey() {
		return retailerKeyOf(this.retailerName);
	}

	/**
	 * The duplicate key of an address: division code and detail without blanks, lower
	 * case.
	 */
	public static String addressKeyOf(String divisionCode, String addressDetail) {
		return normalise(divisionCode + addressDetail);
	}

	/** The duplicate key of a retailer name, or {@code null} when there is none. */
	public static String retailerKeyOf(String retailerName) {
		return (retailerName != null && !retailerName.isBlank()) ? normalise(retailerName) : null;
	}

	static String normalise(String value) {
		return value.replaceAll("[\\s\\p{Punct}，。、（）]", "").toLowerCase(java.util.Locale.ROOT);
	}

}
