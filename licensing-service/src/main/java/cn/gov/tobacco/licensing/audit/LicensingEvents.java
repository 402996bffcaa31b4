package cn.gov.tobacco.licensing.audit;

import java.util.List;

import cn.gov.tobacco.platform.outbox.EventCatalogue;

/**
 * Every event type licensing writes to its outbox. The outbox refuses any other, and
 * {@code EventSubscriptionsTests} fails when one of these has no subscriber in
 * {@code platform.events.subscribers}: no event ends in a log line.
 */
public final class LicensingEvents {

	/** What the license directory of complaints-hotline consumes. */
	public static final List<String> LICENSE = List.of("LicenseIssued", "LicenseRenewal", "LicenseChange",
			"LicenseSuspension", "LicenseResumption", "LicenseClosure", "LicenseResumed", "LicenseRevoked",
			"LicenseExpired", "LicenseRestored");

	public static final List<String> APPLICATION = List.of("ApplicationCreated", "ApplicationDetailsChanged",
			"ApplicationPromiseChanged", "ApplicationSubmitted", "ApplicationResubmitted", "ApplicationWithdrawn",
			"ApplicationCorrectionRequested", "ApplicationAccepted", "ApplicationDeemedAccepted",
			"ApplicationReviewStarted", "ApplicationSiteCheckAssigned", "ApplicationSiteCheckRecorded",
			"ApplicationDeadlineExtended", "ApplicationApproved", "ApplicationRefused",
			"ApplicationCreditCodeOverridden", "ApplicationOverdue", "ApplicationDueSoon",
			"ApplicationInstantlyApproved", "ApplicationInstantDecisionRevoked");

	public static final List<String> CREDIT = List.of("CommitmentSigned", "CommitmentWithdrawn", "CommitmentFulfilled",
			"CommitmentBreached", "CreditRecordAdded", "CreditRepairRequested", "CreditRepairGranted",
			"CreditRepairRefused", "PostVerificationScheduled", "PostVerificationOverdue");

	public static final List<String> REFERENCE = List.of("SensitivePlaceAdded", "SensitivePlaceRemoved",
			"ApplicantBarred", "BarLifted", "DocumentObjectMissing");

	/**
	 * Requests to the national e-cigarette trading platform (电子烟交易管理平台) about a
	 * retailer's account there, and the e-cigarette layout plan's versions.
	 */
	public static final List<String> E_CIGARETTE = List.of("ECigaretteAccountRequested", "ECigaretteAccountFrozen",
			"ECigaretteAccountUnfrozen", "ECigarettePlanChanged");

	/** Supervision after the license: plans, their visits, a district's settings. */
	public static final List<String> SUPERVISION = List.of("InspectionPlanGenerated", "InspectionVisitReassigned",
			"SupervisionSettingsChanged", "InspectionVisitOpened", "InspectionPhotoAdded", "InspectionVisitRecorded",
			"InspectionPenaltyConfirmed", "InspectionPenaltyDismissed", "RectificationOpened", "RectificationRectified",
			"RectificationOverdue", "SupervisionWarningRaised", "SupervisionWarningClosed",
			"SupervisionWarningVisitPlanned", "RandomChecksPublished", "SupervisionUnlicensedSaleFound");

	public static final EventCatalogue CATALOGUE = EventCatalogue
		.of(java.util.stream.Stream.of(LICENSE, APPLICATION, CREDIT, REFERENCE, E_CIGARETTE, SUPERVISION)
			.flatMap(List::stream)
			.toList());

	private LicensingEvents() {
	}

}
