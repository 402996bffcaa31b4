package cn.gov.tobacco.complaints.rewards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RewardRuleTests {

	private static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

	@Test
	void aStreetLooksUpItselfItsDistrictItsCityAndItsProvince() {
		assertThat(RewardRule.jurisdictionsOf("330106001")).containsExactly("330106001", "330106", "330100", "330000");
		assertThat(RewardRule.jurisdictionsOf("330106")).containsExactly("330106", "330100", "330000");
		assertThat(RewardRule.jurisdictionsOf("330000")).containsExactly("330000");
	}

	@Test
	void aCodeThatIsNoDivisionMatchesNoBand() {
		assertThat(RewardRule.jurisdictionsOf(null)).containsExactly("-");
		assertThat(RewardRule.jurisdictionsOf("33x106")).containsExactly("-");
	}

	@Test
	void theNearestJurisdictionWinsOverANewerBandAbove() {
		RewardBand province = band(1, "330000", JUNE, 100, 5000);
		RewardBand district = band(2, "330106", JANUARY, 200, 300);
		RewardBand city = band(3, "330100", JUNE, 150, 400);
		assertThat(RewardRule.inForce(List.of(province, district, city))).contains(district);
	}

	@Test
	void ofOneJurisdictionsBandsTheNewestIsInForce() {
		RewardBand old = band(1, "330106", JANUARY, 200, 300);
		RewardBand superseding = band(2, "330106", JUNE, 250, 350);
		assertThat(RewardRule.inForce(List.of(superseding, old))).contains(superseding);
		RewardBand sameMoment = band(3, "330106", JUNE, 260, 360);
		assertThat(RewardRule.inForce(List.of(old, sameMoment, superseding))).contains(sameMoment);
	}

	@Test
	void noBandsNoneInForce() {
		assertThat(RewardRule.inForce(List.of())).isEmpty();
	}

	@Test
	void anAmountWithinTheBandBoundsIncludedIsAdmitted() {
		RewardBand band = band(1, "330106", JANUARY, 200, 300);
		assertThat(RewardRule.admit(Optional.of(band), "SMUGGLED", "SUBSTANTIATED", new BigDecimal("200")))
			.isEqualTo(band);
		assertThat(RewardRule.admit(Optional.of(band), "SMUGGLED", "SUBSTANTIATED", new BigDecimal("300.00")))
			.isEqualTo(band);
	}

	@Test
	void anAmountOutsideTheBandIsABusinessRuleNamingTheBand() {
		RewardBand band = band(1, "330106", JANUARY, 200, 300);
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(
					() -> RewardRule.admit(Optional.of(band), "SMUGGLED", "SUBSTANTIATED", new BigDecimal("199.99")))
			.satisfies((e) -> {
				assertThat(e.kind()).isEqualTo(ProblemKind.BUSINESS_RULE);
				assertThat(e.detail().zh()).contains("200.00–300.00").contains("330106");
				assertThat(e.detail().en()).contains("200.00–300.00").contains("330106");
				assertThat(e.properties()).extractingByKey("band")
					.asInstanceOf(MAP)
					.containsEntry("minAmount", BigDecimal.valueOf(200))
					.containsEntry("maxAmount", BigDecimal.valueOf(300));
			});
	}

	@Test
	void noBandInForceIsABusinessRuleNamingCategoryAndOutcome() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> RewardRule.admit(Optional.empty(), "SMUGGLED", "SUBSTANTIATED", BigDecimal.TEN))
			.satisfies((e) -> {
				assertThat(e.kind()).isEqualTo(ProblemKind.BUSINESS_RULE);
				assertThat(e.detail().zh()).contains("SMUGGLED").contains("SUBSTANTIATED");
				assertThat(e.properties()).containsEntry("category", "SMUGGLED")
					.containsEntry("outcome", "SUBSTANTIATED");
			});
	}

	private static RewardBand band(long id, String jurisdiction, Instant from, int min, int max) {
		return new RewardBand(id, jurisdiction, "SMUGGLED", "SUBSTANTIATED", BigDecimal.valueOf(min),
				BigDecimal.valueOf(max), from, "admin");
	}

}
