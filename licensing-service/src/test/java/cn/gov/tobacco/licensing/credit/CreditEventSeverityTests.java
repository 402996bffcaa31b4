package cn.gov.tobacco.licensing.credit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditEventSeverityTests {

	@Test
	void eCigarettesSoldToMinorsAreABreachForAnECigaretteLicensee() {
		assertThat(CreditEventSeverity.of(CreditRecord.Kind.SUBSTANTIATED_REPORT, "E_CIGARETTE_TO_MINORS", true))
			.isEqualTo(CreditRecord.Kind.BREACH);
	}

	@Test
	void everyOtherEventKeepsItsKind() {
		assertThat(CreditEventSeverity.of(CreditRecord.Kind.SUBSTANTIATED_REPORT, "E_CIGARETTE_TO_MINORS", false))
			.isEqualTo(CreditRecord.Kind.SUBSTANTIATED_REPORT);
		assertThat(CreditEventSeverity.of(CreditRecord.Kind.SUBSTANTIATED_REPORT, "SALES_TO_MINORS", true))
			.isEqualTo(CreditRecord.Kind.SUBSTANTIATED_REPORT);
		assertThat(CreditEventSeverity.of(CreditRecord.Kind.SUBSTANTIATED_REPORT, null, true))
			.isEqualTo(CreditRecord.Kind.SUBSTANTIATED_REPORT);
		assertThat(CreditEventSeverity.of(CreditRecord.Kind.PENALTY, "E_CIGARETTE_TO_MINORS", true))
			.isEqualTo(CreditRecord.Kind.PENALTY);
	}

}
