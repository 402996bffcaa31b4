package cn.gov.tobacco.complaints.rewards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * Which reward band is in force, and whether it admits an amount: plain Java, no rows.
 * The band in force for a case is the one of the nearest jurisdiction above (or at) the
 * case's division, for its category and outcome; of that jurisdiction's bands, the
 * newest.
 */
final class RewardRule {

	/** Nearest jurisdiction first (most significant digits), then newest first. */
	private static final Comparator<RewardBand> PRECEDENCE = Comparator
		.comparingInt((RewardBand b) -> depth(b.jurisdiction()))
		.thenComparing(RewardBand::jurisdiction)
		.thenComparing(RewardBand::validFrom)
		.thenComparingLong(RewardBand::id)
		.reversed();

	private RewardRule() {
	}

	/**
	 * The division and every node above it: 330106001, 330106, 330100, 330000; a code
	 * that is no division matches no band.
	 */
	static List<String> jurisdictionsOf(String division) {
		List<String> codes = new ArrayList<>();
		if (division == null || !Jurisdiction.isValid(division)) {
			codes.add("-");
			return codes;
		}
		codes.add(division);
		String district = division.substring(0, 6);
		if (division.length() > 6) {
			codes.add(district);
		}
		codes.add(district.substring(0, 4) + "00");
		codes.add(district.substring(0, 2) + "0000");
		return codes.stream().distinct().toList();
	}

	/**
	 * Of the bands already in effect for the case's jurisdictions, category and outcome,
	 * the one in force.
	 */
	static Optional<RewardBand> inForce(Collection<RewardBand> effective) {
		return effective.stream().min(PRECEDENCE);
	}

	/**
	 * The band, if it admits the amount; otherwise a 422 problem naming the band, or
	 * saying there is none.
	 */
	static RewardBand admit(Optional<RewardBand> inForce, String category, String outcome, BigDecimal amount) {
		RewardBand band = inForce.orElseThrow(() -> new ApiException(ProblemKind.BUSINESS_RULE,
				Text.of("本辖区未设定该类举报（" + category + "，" + outcome + "）的奖励标准，请先由管理员设定",
						"No reward band is set for " + category + " / " + outcome
								+ " in this jurisdiction; an administrator sets one first"),
				List.of(), Map.of("category", category, "outcome", outcome)));
		if (band.admits(amount)) {
			return band;
		}
		throw new ApiException(ProblemKind.BUSINESS_RULE,
				Text.of("奖励金额须在 " + band.range() + " 元之间（辖区 " + band.jurisdiction() + " 的奖励标准）",
						"The reward must lie in the band " + band.range() + " yuan set for jurisdiction "
								+ band.jurisdiction()),
				List.of(), Map.of("band", Map.of("jurisdiction", band.jurisdiction(), "category", band.category(),
						"outcome", band.outcome(), "minAmount", band.minAmount(), "maxAmount", band.maxAmount())));
	}

	/** How deep in the division tree a code is: 330000 → 2, 330100 → 4, 330106001 → 9. */
	private static int depth(String code) {
		int end = code.length();
		while (end > 0 && code.charAt(end - 1) == '0') {
			end--;
		}
		return end;
	}

}
