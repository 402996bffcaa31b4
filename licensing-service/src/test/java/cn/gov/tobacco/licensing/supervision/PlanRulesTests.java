package cn.gov.tobacco.licensing.supervision;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTests {

	private static final YearMonth JANUARY = YearMonth.of(2027, 1);

	/** 1,000 licenses: 400 A, 300 B, 200 C, 100 D; nobody under key supervision. */
	private static List<PlanRules.Candidate> district() {
		List<PlanRules.Candidate> all = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			String grade = (i < 400) ? "A" : (i < 700) ? "B" : (i < 900) ? "C" : "D";
			all.add(new PlanRules.Candidate(String.format("L%05d", i), grade, false, false, false, null));
		}
		return all;
	}

	private static Map<String, Long> byGrade(List<PlanRules.Visit> visits) {
		return visits.stream().collect(Collectors.groupingBy(PlanRules.Visit::grade, Collectors.counting()));
	}

	@Test
	void eachGradeHasItsShareOfRoutineVisitsInAMonth() {
		List<PlanRules.Visit> visits = PlanRules.plan(district(), JANUARY, 0, 1, List.of("inspector.a"));
		// January 2027 is phase 0 of every interval: A 400 licenses / 12 → ranks 0, 12,
		// …, 396
		assertThat(byGrade(visits)).containsEntry("A", 34L)
			.containsEntry("B", 50L)
			.containsEntry("C", 67L)
			.containsEntry("D", 100L);
		assertThat(visits).allSatisfy((v) -> {
			assertThat(v.kind()).isEqualTo("ROUTINE");
			assertThat(v.reasons()).containsExactly("ROUTINE");
			assertThat(v.inspector()).isEqualTo("inspector.a");
		});
		// February is phase 1: A ranks 1, 13, …, 397 (34), C ranks 1, 4, …, 199 (67) —
		// never
		// the same licenses as January but D
		List<PlanRules.Visit> february = PlanRules.plan(district(), JANUARY.plusMonths(1), 0, 1, List.of());
		assertThat(byGrade(february)).containsEntry("A", 34L)
			.containsEntry("B", 50L)
			.containsEntry("C", 67L)
			.containsEntry("D", 100L);
	}

	@Test
	void overAYearEveryLicenseIsVisitedAsOftenAsItsGradeSaysAndEvenlySpaced() {
		List<PlanRules.Candidate> district = district();
		Map<String, List<YearMonth>> visited = new HashMap<>();
		for (int m = 0; m < 12; m++) {
			YearMonth month = JANUARY.plusMonths(m);
			for (PlanRules.Visit v : PlanRules.plan(district, month, 0, m, List.of())) {
				visited.computeIfAbsent(v.licenseNo(), (k) -> new ArrayList<>()).add(month);
			}
		}
		for (PlanRules.Candidate c : district) {
			int interval = PlanRules.interval(c.grade());
			List<YearMonth> months = visited.get(c.licenseNo());
			assertThat(months).as(c.licenseNo()).hasSize(12 / interval);
			for (int i = 1; i < months.size(); i++) {
				assertThat(months.get(i)).isEqualTo(months.get(i - 1).plusMonths(interval));
			}
		}
	}

	@Test
	void keySupervisionComesFirstAndSaysWhy() {
		List<PlanRules.Candidate> district = new ArrayList<>(district());
		district.set(1, new PlanRules.Candidate("L00001", "B", true, false, false, null));
		district.set(2, new PlanRules.Candidate("L00002", "D", false, true, true, null));
		List<PlanRules.Visit> visits = PlanRules.plan(district, JANUARY, 0, 1, List.of());
		PlanRules.Visit report = visits.stream()
			.filter((v) -> v.licenseNo().equals("L00001"))
			.findFirst()
			.orElseThrow();
		assertThat(report.kind()).isEqualTo("KEY");
		// the first B license by number takes phase 0, January's: its routine visit is
		// the same one
		assertThat(report.reasons()).containsExactly("KEY_REPORT", "ROUTINE");
		PlanRules.Visit february = PlanRules.plan(district, JANUARY.plusMonths(1), 0, 1, List.of())
			.stream()
			.filter((v) -> v.licenseNo().equals("L00001"))
			.findFirst()
			.orElseThrow();
		assertThat(february.kind()).isEqualTo("KEY");
		assertThat(february.reasons()).containsExactly("KEY_REPORT");
		PlanRules.Visit breach = visits.stream()
			.filter((v) -> v.licenseNo().equals("L00002"))
			.findFirst()
			.orElseThrow();
		assertThat(breach.kind()).isEqualTo("KEY");
		// a D license is also due for its monthly routine visit: one visit, both grounds
		assertThat(breach.reasons()).containsExactly("KEY_BREACH", "KEY_POST_VERIFICATION", "ROUTINE");
		assertThat(visits.stream().map(PlanRules.Visit::licenseNo).distinct().count()).isEqualTo(visits.size());
	}

	@Test
	void theRandomDrawTakesItsShareFromTheRestAndTheSameSeedDrawsTheSameLicenses() {
		List<String> roster = List.of("inspector.a", "inspector.b", "inspector.c");
		List<PlanRules.Visit> first = PlanRules.plan(district(), JANUARY, 0.05, 20270101L, roster);
		List<PlanRules.Visit> random = first.stream().filter((v) -> v.kind().equals("RANDOM")).toList();
		assertThat(random).hasSize(50);
		Set<String> routine = first.stream()
			.filter((v) -> v.kind().equals("ROUTINE"))
			.map(PlanRules.Visit::licenseNo)
			.collect(Collectors.toSet());
		assertThat(random).allSatisfy((v) -> {
			assertThat(routine).doesNotContain(v.licenseNo());
			assertThat(roster).contains(v.inspector());
			assertThat(v.reasons()).containsExactly("RANDOM");
		});
		List<PlanRules.Visit> again = PlanRules.plan(district(), JANUARY, 0.05, 20270101L, roster);
		assertThat(again).isEqualTo(first);
		List<PlanRules.Visit> otherSeed = PlanRules.plan(district(), JANUARY, 0.05, 42L, roster);
		assertThat(otherSeed.stream().filter((v) -> v.kind().equals("RANDOM")).map(PlanRules.Visit::licenseNo))
			.isNotEqualTo(random.stream().map(PlanRules.Visit::licenseNo).toList());
		// every inspector of the roster gets random checks
		assertThat(random.stream().map(PlanRules.Visit::inspector).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(roster);
	}

	@Test
	void aLicenseVisitedLessThanHalfAnIntervalAgoWaits() {
		List<PlanRules.Candidate> district = new ArrayList<>(district());
		// L00000 (A, phase 0) was drawn for a random check in November: its January
		// routine
		// visit waits for the next turn
		district.set(0, new PlanRules.Candidate("L00000", "A", false, false, false, JANUARY.minusMonths(2)));
		// L00012 (A, phase 0) was visited seven months ago: due as planned
		district.set(12, new PlanRules.Candidate("L00012", "A", false, false, false, JANUARY.minusMonths(7)));
		List<String> planned = PlanRules.plan(district, JANUARY, 0, 1, List.of())
			.stream()
			.map(PlanRules.Visit::licenseNo)
			.toList();
		assertThat(planned).doesNotContain("L00000").contains("L00012");
	}

	@Test
	void withoutARosterVisitsAreUnassignedAndInspectorsTakeTurns() {
		assertThat(PlanRules.plan(district(), JANUARY, 0.01, 7, List.of()))
			.allSatisfy((v) -> assertThat(v.inspector()).isNull());
		List<PlanRules.Visit> turns = PlanRules.plan(district(), JANUARY, 0, 7, List.of("x", "y"));
		long x = turns.stream().filter((v) -> v.inspector().equals("x")).count();
		long y = turns.stream().filter((v) -> v.inspector().equals("y")).count();
		assertThat(x + y).isEqualTo(turns.size());
		assertThat(Math.abs(x - y)).isLessThanOrEqualTo(1);
	}

}
