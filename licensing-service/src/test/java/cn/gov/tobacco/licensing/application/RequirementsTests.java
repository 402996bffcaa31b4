package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.licensing.materials.DocumentType;

import static cn.gov.tobacco.licensing.materials.DocumentType.BUSINESS_LICENSE;
import static cn.gov.tobacco.licensing.materials.DocumentType.ID_CARD;
import static cn.gov.tobacco.licensing.materials.DocumentType.PREMISES_PHOTO;
import static cn.gov.tobacco.licensing.materials.DocumentType.PREMISES_PROOF;
import static org.assertj.core.api.Assertions.assertThat;

/** The per-type matrix of required fields and documents, without Spring or HTTP. */
class RequirementsTests {

	static final Premises PREMISES = new Premises("杭州市西湖区文三路 100 号", "330106", 30.2772, 120.1425);

	static final ApplicantDetails FULL = new ApplicantDetails("西湖文三路便利店", "92330106MA2H3C7D5X", "张三",
			"11010519491231002X", "13812345678", PREMISES, "卷烟、雪茄烟零售", false);

	static final ApplicantDetails EMPTY = new ApplicantDetails(null, null, null, null, null, null, null, false);

	static final Set<DocumentType> ALL = EnumSet.allOf(DocumentType.class);

	static final Set<DocumentType> NONE = EnumSet.noneOf(DocumentType.class);

	static Application application(ApplicationType type, ApplicantDetails details, Filing filing) {
		return new Application(UUID.randomUUID(), "SQ1", type, ApplicationState.DRAFT, 0, "r", "330106", details,
				filing, new Progress(), Instant.EPOCH, Instant.EPOCH);
	}

	static Filing filing(String licenseNo, ChangeSubject subject) {
		return new Filing(null, licenseNo, subject, null, null);
	}

	@Test
	void aCompleteNewApplicationMissesNothing() {
		assertThat(Requirements.missing(application(ApplicationType.NEW, FULL, Filing.NONE), ALL)).isEmpty();
	}

	@Test
	void anEmptyNewApplicationListsEveryFieldAndDocumentAtOnce() {
		assertThat(Requirements.missing(application(ApplicationType.NEW, EMPTY, Filing.NONE), NONE))
			.containsExactlyInAnyOrder("mobile", "businessName", "creditCode", "operatorName", "operatorIdNumber",
					"premises.address", "premises.divisionCode", "premises.latitude", "premises.longitude",
					"businessScope", "document:BUSINESS_LICENSE", "document:ID_CARD", "document:PREMISES_PHOTO",
					"document:PREMISES_PROOF");
	}

	@Test
	void aBlankTextCountsAsMissingAndOnlyTheRequiredDocumentsCount() {
		ApplicantDetails blank = new ApplicantDetails("  ", FULL.creditCode(), FULL.operatorName(),
				FULL.operatorIdNumber(), "", PREMISES, FULL.businessScope(), false);
		assertThat(Requirements.missing(application(ApplicationType.NEW, blank, Filing.NONE),
				EnumSet.of(BUSINESS_LICENSE, ID_CARD, PREMISES_PHOTO, DocumentType.OTHER)))
			.containsExactlyInAnyOrder("businessName", "mobile", "document:PREMISES_PROOF");
	}

	@Test
	void aNewApplicationNeedsNoLicenseNumberButEveryOtherTypeDoes() {
		assertThat(Requirements.missing(application(ApplicationType.NEW, FULL, Filing.NONE), ALL))
			.doesNotContain("licenseNo");
		for (ApplicationType type : EnumSet.complementOf(EnumSet.of(ApplicationType.NEW))) {
			assertThat(Requirements.missing(application(type, FULL, Filing.NONE), ALL)).as("%s", type)
				.contains("licenseNo");
		}
	}

	@Test
	void aRenewalNeedsTheBusinessLicenseAndTheIdCardButNoPremises() {
		ApplicantDetails mobileOnly = new ApplicantDetails(null, null, null, null, "13812345678", null, null, false);
		assertThat(Requirements.missing(application(ApplicationType.RENEWAL, mobileOnly, filing("L1", null)), NONE))
			.containsExactlyInAnyOrder("document:BUSINESS_LICENSE", "document:ID_CARD");
		assertThat(Requirements.missing(application(ApplicationType.RENEWAL, mobileOnly, filing("L1", null)),
				EnumSet.of(BUSINESS_LICENSE, ID_CARD)))
			.isEmpty();
	}

	@Test
	void aChangeNeedsItsSubjectAndWhatTheSubjectChanges() {
		ApplicantDetails mobileOnly = new ApplicantDetails(null, null, null, null, "13812345678", null, null, false);
		assertThat(Requirements.missing(application(ApplicationType.CHANGE, mobileOnly, filing("L1", null)), NONE))
			.containsExactly("changeSubject");
		assertThat(Requirements
			.missing(application(ApplicationType.CHANGE, mobileOnly, filing("L1", ChangeSubject.PREMISES)), NONE))
			.containsExactlyInAnyOrder("premises.address", "premises.divisionCode", "premises.latitude",
					"premises.longitude", "document:PREMISES_PHOTO", "document:PREMISES_PROOF");
		assertThat(Requirements
			.missing(application(ApplicationType.CHANGE, mobileOnly, filing("L1", ChangeSubject.OPERATOR)), NONE))
			.containsExactlyInAnyOrder("operatorName", "operatorIdNumber", "document:ID_CARD");
		assertThat(Requirements
			.missing(application(ApplicationType.CHANGE, mobileOnly, filing("L1", ChangeSubject.BUSINESS_NAME)), NONE))
			.containsExactlyInAnyOrder("businessName", "document:BUSINESS_LICENSE");
		assertThat(Requirements
			.missing(application(ApplicationType.CHANGE, mobileOnly, filing("L1", ChangeSubject.SCOPE)), NONE))
			.containsExactly("businessScope");
		for (ChangeSubject subject : ChangeSubject.values()) {
			assertThat(Requirements.missing(application(ApplicationType.CHANGE, FULL, filing("L1", subject)), ALL))
				.as("%s", subject)
				.isEmpty();
		}
	}

	@Test
	void aSuspensionNeedsItsPeriodAndTheIdCard() {
		ApplicantDetails mobileOnly = new ApplicantDetails(null, null, null, null, "13812345678", null, null, false);
		assertThat(Requirements.missing(application(ApplicationType.SUSPENSION, mobileOnly, filing("L1", null)), NONE))
			.containsExactlyInAnyOrder("suspendFrom", "suspendUntil", "document:ID_CARD");
		Filing period = new Filing(null, "L1", null, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1));
		assertThat(
				Requirements.missing(application(ApplicationType.SUSPENSION, mobileOnly, period), EnumSet.of(ID_CARD)))
			.isEmpty();
	}

	@Test
	void aResumptionAndAClosureNeedOnlyTheIdCard() {
		ApplicantDetails mobileOnly = new ApplicantDetails(null, null, null, null, "13812345678", null, null, false);
		for (ApplicationType type : EnumSet.of(ApplicationType.RESUMPTION, ApplicationType.CLOSURE)) {
			assertThat(Requirements.missing(application(type, mobileOnly, filing("L1", null)), NONE)).as("%s", type)
				.containsExactly("document:ID_CARD");
			assertThat(Requirements.missing(application(type, mobileOnly, filing("L1", null)), EnumSet.of(ID_CARD)))
				.as("%s", type)
				.isEmpty();
		}
	}

}
