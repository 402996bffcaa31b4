package cn.gov.tobacco.licensing.supervision;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which active licenses a district's plan for a month holds, and who visits them. Pure:
 * the same candidates, month, share, seed and roster always give the same plan.
 * <ul>
 * <li>KEY: a recent substantiated report or BREACH, or a post-verification due by the
 * month's end.</li>
 * <li>ROUTINE: the grade sets the interval in months (A 12, B 6, C 3, D 1). The licenses
 * of a grade, ordered by number, take the phases 0, 1, 2, … of the interval in turn, so
 * each month holds an even share of them; a license visited less than half an interval
 * ago waits (after a change of grade).</li>
 * <li>RANDOM: {@code round(share × active)} licenses drawn from the rest with
 * {@code java.util.Random(seed)} (a fixed algorithm, so a recorded seed reproduces the
 * draw), each with an inspector drawn from the roster.</li>
 * </ul>
 * KEY and ROUTINE visits go to the roster's inspectors in turn, by license number.
 */
final class PlanRules {

	private PlanRules() {
	}

	/**
	 * An active license of the district.
	 *
	 * @param licenseNo its number
	 * @param grade its holder's credit grade
	 * @param recentReport a substantiated report of the last twelve months
	 * @param recentBreach a BREACH of the last twelve months
	 * @param postVerificationDue a pending post-verification due by the month's end
	 * @param lastVisit the month of its last planned visit, or null
	 */
	record Candidate(String licenseNo, String grade, boolean recentReport, boolean recentBreach,
			boolean postVerificationDue, YearMonth lastVisit) {
	}

	/** A planned visit. */
	record Visit(String licenseNo, String kind, String grade, List<String> reasons, String inspector) {
	}

	/** Months between routine visits for a grade. */
	static int interval(String grade) {
		return switch (grade) {
			case "A" -> 12;
			case "B" -> 6;
			case "C" -> 3;
			default -> 1;
		};
	}

	static List<Visit> plan(List<Candidate> candidates, YearMonth month, double share, long seed, List<String> roster) {
		List<Candidate> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparing(Candidate::licenseNo));
		Map<String, Integer> rankInGrade = new LinkedHashMap<>();
		Map<String, Integer> nextRank = new LinkedHashMap<>();
		for (Candidate c : sorted) {
			int rank = nextRank.merge(c.grade(), 1, Integer::sum) - 1;
			rankInGrade.put(c.licenseNo(), rank);
		}
		long monthIndex = month.getYear() * 12L + month.getMonthValue() - 1;
		List<Visit> visits = new ArrayList<>();
		List<Candidate> rest = new ArrayList<>();
		int turn = 0;
		for (Candidate c : sorted) {
			List<String> reasons = new ArrayList<>();
			if (c.recentReport()) {
				reasons.add("KEY_REPORT");
			}
			if (c.recentBreach()) {
				reasons.add("KEY_BREACH");
			}
			if (c.postVerificationDue()) {
				reasons.add("KEY_POST_VERIFICATION");
			}
			boolean key = !reasons.isEmpty();
			if (routineDue(c, rankInGrade.get(c.licenseNo()), monthIndex, month)) {
				reasons.add("ROUTINE");
			}
			if (reasons.isEmpty()) {
				rest.add(c);
				continue;
			}
			String inspector = roster.isEmpty() ? null : roster.get(turn++ % roster.size());
			visits.add(new Visit(c.licenseNo(), key ? "KEY" : "ROUTINE", c.grade(), List.copyOf(reasons), inspector));
		}
		Random random = new Random(seed);
		Collections.shuffle(rest, random);
		int draws = Math.min(rest.size(), (int) Math.round(share * sorted.size()));
		List<Visit> drawn = new ArrayList<>();
		for (Candidate c : rest.subList(0, draws)) {
			String inspector = roster.isEmpty() ? null : roster.get(random.nextInt(roster.size()));
			drawn.add(new Visit(c.licenseNo(), "RANDOM", c.grade(), List.of("RANDOM"), inspector));
		}
		drawn.sort(Comparator.comparing(Visit::licenseNo));
		visits.addAll(drawn);
		return visits;
	}

	private static boolean routineDue(Candidate c, int rank, long monthIndex, YearMonth month) {
		int interval = interval(c.grade());
		if (Math.floorMod(monthIndex, interval) != rank % interval) {
			return false;
		}
		return c.lastVisit() == null || ChronoUnit.MONTHS.between(c.lastVisit(), month) >= interval / 2;
	}

}
