package cn.gov.tobacco.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JurisdictionTests {

	@ParameterizedTest(name = "{0} covers {1}: {2}")
	@CsvSource({ "330000, 330106, true", "330000, 330106001, true", "330100, 330106, true", "330100, 330201, false",
			"330106, 330106, true", "330106, 330106001, true", "330106, 330102, false", "330106001, 330106, false",
			"330106001, 330106001, true" })
	void coversItsSubtreeOnly(String node, String other, boolean covered) {
		assertThat(new Jurisdiction(node).covers(other)).isEqualTo(covered);
	}

	@ParameterizedTest
	@CsvSource({ "330000, 33%", "330100, 3301%", "330106, 330106%", "330106001, 330106001%" })
	void likePatternMatchesTheSubtree(String node, String pattern) {
		assertThat(new Jurisdiction(node).likePattern()).isEqualTo(pattern);
	}

	@ParameterizedTest(name = "{0}: [{1}, {2})")
	@CsvSource({ "330000, 33, 34", "330100, 3301, 3302", "330109, 330109, 33011", "330106001, 330106001, 330106002",
			"990000, 99, " })
	void theSubtreeIsAHalfOpenRangeOfCodes(String node, String from, String end) {
		Jurisdiction jurisdiction = new Jurisdiction(node);
		assertThat(jurisdiction.subtreePrefix()).isEqualTo(from);
		assertThat(jurisdiction.subtreeEnd()).isEqualTo(end);
		// every code of the subtree lies in the range, the codes around it do not
		for (String code : new String[] { "330106", "330109001", "330110", "330201", "340000", "330100" }) {
			boolean inRange = code.compareTo(from) >= 0 && (end == null || code.compareTo(end) < 0);
			assertThat(inRange).as(code).isEqualTo(jurisdiction.covers(code));
		}
	}

	@ParameterizedTest
	@CsvSource({ "3301", "33010a", "3301060011", "''" })
	void rejectsCodesThatAreNotDivisionCodes(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Jurisdiction(code));
	}

}
