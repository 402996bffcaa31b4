package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The credit grade rule (documented in the README). Only records of the last three years
 * that are not repaired count. The score starts at 100: BREACH −40, PENALTY −20,
 * SUBSTANTIATED_REPORT −10, TIMELY_RENEWAL +5 (at most +10 in all). A ≥ 100, B ≥ 85, C ≥
 * 65, D below; a BREACH whose bar still runs is D whatever the score. The grade sets the
 * routine inspection frequency: A once a year, B twice, C four times, D twelve.
 */
final class CreditGrade {

	static final int WINDOW_YEARS = 3;

	private CreditGrade() {
	}

	/** A grade, its score and how often the retailer is inspected. */
	record Result(String grade, int score, int inspectionsPerYear) {
	}

	static Result of(Collection<CreditRecord> records, LocalDate today) {
		LocalDate since = today.minusYears(WINDOW_YEARS);
		int score = 100;
		int bonus = 0;
		boolean barred = false;
		for (CreditRecord r : records) {
			if (r.repaired() || r.occurredOn().isBefore(since)) {
				continue;
			}
			switch (r.kind()) {
				case BREACH -> {
					score -= 40;
					barred |= r.barUntil() != null && !r.barUntil().isBefore(today);
				}
				case PENALTY -> score -= 20;
				case SUBSTANTIATED_REPORT -> score -= 10;
				case TIMELY_RENEWAL -> bonus = Math.min(10, bonus + 5);
			}
		}
		score += bonus;
		String grade = barred ? "D" : (score >= 100) ? "A" : (score >= 85) ? "B" : (score >= 65) ? "C" : "D";
		return new Result(grade, score, inspectionsPerYear(grade));
	}

	static int inspectionsPerYear(String grade) {
		return switch (grade) {
			case "A" -> 1;
			case "B" -> 2;
			case "C" -> 4;
			default -> 12;
		};
	}

}
