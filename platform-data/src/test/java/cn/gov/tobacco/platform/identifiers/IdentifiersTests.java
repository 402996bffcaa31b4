package cn.gov.tobacco.platform.identifiers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@ParameterizedTest(name = "{0} valid: {1}")
	@CsvSource({ "91350100M000100Y43, true", "91110000802100433B, true", "91350100M000100Y42, false",
			"91350100M000100YI3, false", "9135010OM000100Y43, false", "91350100M000100Y4, false" })
	void unifiedSocialCreditCodeCheckCharacter(String code, boolean valid) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isEqualTo(valid);
	}

	@Test
	void checkCharacterThirtyOneBecomesZero() {
		// Find a 17-character body whose weighted sum is a multiple of 31: check
		// character '0'.
		String body = "00000000000000000";
		assertThat(UnifiedSocialCreditCode.checkCharacter(body)).isEqualTo('0');
		assertThat(UnifiedSocialCreditCode.isValid(body + "0")).isTrue();
	}

	@ParameterizedTest(name = "{0} valid: {1}")
	@CsvSource({ "11010519491231002X, true", "440524188001010014, false", "11010519491231002x, false",
			"110105194912310021, false", "110105199902300011, false", "110105203001010017, false",
			"11010519491231002, false" })
	void residentIdCheckDigitAndBirthDate(String id, boolean valid) {
		assertThat(ResidentIdNumber.isValid(id, TODAY)).isEqualTo(valid);
	}

	@Test
	void residentIdMaskKeepsOnlyTheEnds() {
		assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("110*************2X");
	}

	@ParameterizedTest
	@CsvSource({ "13812345678, true", "19912345678, true", "12812345678, false", "1381234567, false",
			"23812345678, false" })
	void mobileNumbers(String mobile, boolean valid) {
		assertThat(Places.isMobileNumber(mobile)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "330106, true", "330000, true", "110105, true", "990106, false", "3301, false", "330012, false" })
	void divisionCodes(String code, boolean valid) {
		assertThat(Places.isDivisionCode(code)).isEqualTo(valid);
	}

	@Test
	void coordinatesInsideChina() {
		assertThat(Places.isInChina(30.2741, 120.1551)).isTrue();
		assertThat(Places.isInChina(48.8566, 2.3522)).isFalse();
		assertThat(Places.isInChina(-30.27, 120.15)).isFalse();
	}

}
