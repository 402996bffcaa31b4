package cn.gov.tobacco.licensing.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gov.tobacco.platform.problem.Text;

/**
 * 秒批: whether a filing is approved on submission by a rule instead of a person. Plain
 * Java; {@link InstantApprovals} gathers the facts and carries the decision out.
 *
 * <p>
 * A filing qualifies when every condition holds:
 * <ol>
 * <li>it is a RENEWAL, or a CHANGE of business name or of scope, and the jurisdiction has
 * instant approval on for that kind;</li>
 * <li>the retailer's credit grade is A;</li>
 * <li>no substantiated report and no BREACH of the last twelve months stands (not
 * repaired);</li>
 * <li>every required document is present and verified (a reused verified document counts;
 * a commitment in place of a document does not);</li>
 * <li>every automatic check passes (materials, bars, the registry's answer, the
 * e-cigarette plan when the scope adds e-cigarettes).</li>
 * </ol>
 */
final class InstantApprovalRule {

	static final String NAME = "instant-approval";

	static final int VERSION = 1;

	/** Who decided, as recorded on the application and in the audit chain. */
	static final String DECIDED_BY = "RULE:" + NAME + "@" + VERSION;

	private InstantApprovalRule() {
	}

	/** The kind of filing the rule can decide, or null for any other. */
	static String kindOf(Application a) {
		if (a.type() == ApplicationType.RENEWAL) {
			return "RENEWAL";
		}
		if (a.type() == ApplicationType.CHANGE && a.filing().changeSubject() == ChangeSubject.BUSINESS_NAME) {
			return "CHANGE_BUSINESS_NAME";
		}
		if (a.type() == ApplicationType.CHANGE && a.filing().changeSubject() == ChangeSubject.SCOPE) {
			return "CHANGE_SCOPE";
		}
		return null;
	}

	/**
	 * What the rule looks at.
	 *
	 * @param kind the filing's kind ({@link #kindOf}), or null
	 * @param enabledKinds the kinds the jurisdiction decides instantly
	 * @param grade the retailer's credit grade
	 * @param recentReport a substantiated report of the last twelve months stands
	 * @param recentBreach a BREACH of the last twelve months stands
	 * @param unverifiedDocuments current documents nobody has verified yet (types)
	 * @param committedInsteadOfDocuments documents replaced by a signed commitment
	 * @param failedChecks the automatic checks that did not pass (codes)
	 */
	record Facts(String kind, Set<String> enabledKinds, String grade, boolean recentReport, boolean recentBreach,
			List<String> unverifiedDocuments, boolean committedInsteadOfDocuments, List<String> failedChecks) {
	}

	/**
	 * The rule's answer: whether it approves, and each condition as found, in words (the
	 * reasons recorded with the decision, or why a person decides instead).
	 */
	record Verdict(boolean approves, List<Text> met, List<Text> unmet) {
	}

	static Verdict evaluate(Facts f) {
		List<Text> met = new ArrayList<>();
		List<Text> unmet = new ArrayList<>();
		if (f.kind() == null) {
			unmet.add(Text.of("该类申请不适用即时办结", "This kind of filing is never decided instantly"));
		}
		else if (!f.enabledKinds().contains(f.kind())) {
			unmet.add(Text.of("本辖区未对该类申请开启即时办结", "Instant approval is off for this kind of filing here"));
		}
		else {
			met.add(Text.of("本辖区对该类申请开启即时办结", "Instant approval is on for this kind of filing here"));
		}
		(("A".equals(f.grade())) ? met : unmet).add(Text.of("信用等级 " + f.grade(), "Credit grade " + f.grade()));
		if (f.recentReport() || f.recentBreach()) {
			unmet.add(Text.of("近 12 个月有查实举报或严重失信记录", "A substantiated report or a BREACH in the last 12 months"));
		}
		else {
			met.add(Text.of("近 12 个月无查实举报、无严重失信记录", "No substantiated report or BREACH in the last 12 months"));
		}
		if (!f.unverifiedDocuments().isEmpty()) {
			unmet.add(Text.of("有未经核验的材料：" + ItemLabels.of(documents(f.unverifiedDocuments())).zh(),
					"Documents not yet verified: " + ItemLabels.of(documents(f.unverifiedDocuments())).en()));
		}
		else if (f.committedInsteadOfDocuments()) {
			unmet.add(Text.of("有以告知承诺代替的材料，需人工核查", "A commitment stands in for a document: a person checks it"));
		}
		else {
			met.add(Text.of("所需材料齐全且均已核验", "Every required document present and verified"));
		}
		if (f.failedChecks().isEmpty()) {
			met.add(Text.of("自动审查全部通过", "Every automatic check passed"));
		}
		else {
			unmet.add(Text.of("自动审查未通过：" + String.join("、", f.failedChecks()),
					"Automatic checks not passed: " + String.join(", ", f.failedChecks())));
		}
		return new Verdict(unmet.isEmpty(), List.copyOf(met), List.copyOf(unmet));
	}

	private static List<String> documents(List<String> types) {
		return types.stream().map((type) -> "document:" + type).toList();
	}

}
