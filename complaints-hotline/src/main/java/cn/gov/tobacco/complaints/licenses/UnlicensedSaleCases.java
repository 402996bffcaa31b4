package cn.gov.tobacco.complaints.licenses;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

/**
 * Opens a 12313 case for a sale without a valid license that licensing's inspectors found
 * ({@code SupervisionUnlicensedSaleFound}). Intake implements it, so that the case goes
 * through the normal intake (category, deadlines, duplicates, audit, outbox).
 */
public interface UnlicensedSaleCases {

	/**
	 * What the inspection found; no inspector and no personal data.
	 *
	 * @param eventId the CloudEvent's id (one case per event)
	 * @param divisionCode the district of the shop
	 * @param address the shop's address as the inspector recorded it, or {@code null}
	 * @param licenseNo the license number the shop showed, if it names one of the
	 * register
	 * @param scanVerdict the verdict of the code the shop showed (REVOKED, EXPIRED,
	 * SUSPENDED, CLOSED, UNKNOWN, FORGED), or {@code null} when it showed none
	 * @param foundOn the day of the visit
	 */
	record Finding(String eventId, String divisionCode, String address, String licenseNo, String scanVerdict,
			LocalDate foundOn) {
	}

	/** Opens the case in the caller's transaction. */
	Mono<Void> open(Finding finding);

}
