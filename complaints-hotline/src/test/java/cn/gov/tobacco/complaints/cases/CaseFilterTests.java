package cn.gov.tobacco.complaints.cases;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.platform.security.Jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which filters the case counters (V16) answer, and the key range they read.
 */
class CaseFilterTests {

	@Test
	void aSubtreeWithStatesAndKindsIsAKeyRangeOfTheCounters() {
		CaseFilter.Counted range = CaseFilter.within(new Jurisdiction("330100"))
			.state(CaseState.RECEIVED)
			.kind(CaseKind.REPORT)
			.counted();
		assertThat(range)
			.isEqualTo(new CaseFilter.Counted("3301", "", Set.of(CaseState.RECEIVED), Set.of(CaseKind.REPORT)));
		assertThat(CaseFilter.within("%").counted()).isEqualTo(CaseFilter.Counted.ALL);
		assertThat(CaseFilter.inDistrictsOf(new Jurisdiction("330106"))
			.states(CaseState.DISPATCHED, CaseState.IN_PROGRESS)
			.counted())
			.isEqualTo(new CaseFilter.Counted("", "330106", Set.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS), null));
	}

	@Test
	void statesNarrowEachOther() {
		assertThat(CaseFilter.within("%").closed(false).state(CaseState.CLOSED).counted().states()).isEmpty();
		assertThat(CaseFilter.within("%").closed(true).counted().states()).containsExactlyInAnyOrder(CaseState.CLOSED,
				CaseState.NOT_ACCEPTED);
	}

	@Test
	void anyOtherConditionIsCountedFromTheRows() {
		CaseFilter scope = CaseFilter.within(new Jurisdiction("330100"));
		assertThat(scope.channel(Channel.PHONE).counted()).isNull();
		assertThat(scope.reporterPhoneIndex("x").counted()).isNull();
		assertThat(scope.caseNumber("12313-20261207-000001").counted()).isNull();
		assertThat(scope.closed(false).notDuplicate().flaggedForSupervision().counted()).isNull();
		assertThat(scope.channel(Channel.PHONE).state(CaseState.RECEIVED).counted()).isNull();
		assertThat(CaseFilter.reportedBy("citizen").counted()).isNull();
		assertThat(CaseFilter.within("33_1%").counted()).isNull();
	}

	@Test
	void aDistrictBureauIsAnEqualityAndAWiderSubtreeAPattern() {
		assertThat(CaseFilter.inDistrictsOf(new Jurisdiction("330106")).where()).isEqualTo("district_code = :f0");
		assertThat(CaseFilter.inDistrictsOf(new Jurisdiction("330100")).where()).isEqualTo("district_code LIKE :f0");
	}

	@Test
	void aPrefixEndsBeforeItsSuccessor() {
		assertThat(CaseFilter.Counted.endOf("3301")).isEqualTo("3302");
		assertThat(CaseFilter.Counted.endOf("3309")).isEqualTo("330:");
		assertThat(CaseFilter.Counted.endOf("")).isNull();
	}

}
