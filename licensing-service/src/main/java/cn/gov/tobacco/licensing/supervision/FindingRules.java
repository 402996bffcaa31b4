package cn.gov.tobacco.licensing.supervision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Whether recorded findings hold together (pure). Field problems (400) for the form; a
 * refusal (422) when the result contradicts the answers or the license's validity.
 */
final class FindingRules {

	/** One checklist answer. */
	record Answer(String item, String answer, String note) {
	}

	/** What the inspector records. */
	record Findings(String result, List<Answer> checklist, double latitude, double longitude, Double accuracy,
			List<UUID> photoIds, UUID signaturePhotoId, String signatureRefusal, String scannedCode, String summary,
			String internalNote) {

		List<String> failed() {
			return this.checklist.stream().filter((a) -> "FAIL".equals(a.answer())).map(Answer::item).toList();
		}

	}

	private FindingRules() {
	}

	static List<FieldProblem> problems(Findings f, List<Checklists.Item> checklist) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		checklist.forEach((i) -> codes.add(i.code()));
		Set<String> answered = new HashSet<>();
		for (Answer a : f.checklist()) {
			if (!codes.contains(a.item())) {
				problems.add(FieldProblem.of("checklist", "检查项 " + a.item() + " 不在本次检查清单中",
						"item " + a.item() + " is not on this visit's checklist"));
			}
			else if (!answered.add(a.item())) {
				problems.add(FieldProblem.of("checklist", "检查项 " + a.item() + " 重复",
						"item " + a.item() + " is answered twice"));
			}
		}
		boolean fullChecklist = "PASSED".equals(f.result()) || "VIOLATION".equals(f.result());
		if (fullChecklist) {
			List<String> missing = codes.stream().filter((c) -> !answered.contains(c)).toList();
			if (!missing.isEmpty()) {
				problems.add(FieldProblem.of("checklist", "以下检查项未作答：" + String.join("、", missing),
						"unanswered items: " + String.join(", ", missing)));
			}
		}
		boolean signed = f.signaturePhotoId() != null;
		boolean refused = f.signatureRefusal() != null && !f.signatureRefusal().isBlank();
		if (signed && refused) {
			problems.add(FieldProblem.of("signatureRefusal", "已签名时不能同时填写拒签原因",
					"give either the signature or the reason it was refused, not both"));
		}
		else if (!signed && !refused && !"SHOP_CLOSED".equals(f.result())) {
			problems.add(FieldProblem.of("signaturePhotoId", "须上传经营者签名或填写拒签原因",
					"the operator's signature, or the reason they refused, is required"));
		}
		return problems;
	}

	/**
	 * Why the result cannot stand, or null.
	 * @param licensed the visit concerns a license of the register
	 * @param valid that license is valid and the scanned code (if any) is its own
	 */
	static Text refusal(Findings f, boolean licensed, boolean valid) {
		boolean anyFail = !f.failed().isEmpty();
		return switch (f.result()) {
			case "PASSED" -> anyFail ? Text.of("有不符合的检查项，结论不能为合格", "An item failed, so the visit cannot pass")
					: !valid ? Text.of("许可证无效或扫描的不是本店许可证，结论不能为合格",
							"The license is not valid, or the code scanned is not this shop's; the visit cannot pass")
							: null;
			case "VIOLATION" ->
				!anyFail ? Text.of("违规须至少有一项检查项不符合", "A violation needs at least one failed item") : !licensed
						? Text.of("没有许可证的经营者应记录为无证经营", "A seller without a license is recorded as NOT_LICENSED") : null;
			case "NOT_LICENSED" ->
				valid ? Text.of("许可证有效，不能记录为无证经营", "The license is valid; the seller cannot be recorded as unlicensed")
						: null;
			default -> null;
		};
	}

}
