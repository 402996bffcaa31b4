package cn.gov.tobacco.licensing.application;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.gov.tobacco.licensing.api.model.CreditCodeOverrideDto;
import cn.gov.tobacco.platform.identifiers.UnifiedSocialCreditCode;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * The automatic CREDIT_CODE check (DESIGN.md §4: a clerk may override a legacy code that
 * fails its check, with a reason). A code that fails its GB 32100-2015 check character is
 * accepted only when the applicant declared it legacy; such an application cannot be
 * accepted or approved until a clerk recorded an override of that very code.
 */
final class CreditCodeCheck {

	static final String CODE = "CREDIT_CODE";

	private static final Pattern CHARACTERS = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

	private CreditCodeCheck() {
	}

	/**
	 * 18 characters of the code alphabet whose check character is not the computed one.
	 */
	static boolean onlyCheckCharacterFails(String code) {
		return code != null && CHARACTERS.matcher(code).matches() && !UnifiedSocialCreditCode.isValid(code);
	}

	/** Whether the application's code fails its check (and so needs an override). */
	static boolean fails(Application a) {
		String code = a.details().creditCode();
		return code != null && !UnifiedSocialCreditCode.isValid(code);
	}

	/** Whether a clerk accepted the code the application carries now. */
	static boolean overridden(Application a) {
		String code = a.details().creditCode();
		return code != null && code.equals(a.progress().creditCodeOverrideCode);
	}

	static boolean blocks(Application a) {
		return fails(a) && !overridden(a);
	}

	/** The check as the clerk sees it, or null when the application has no code yet. */
	static RefusalChecks.Check check(Application a) {
		String code = a.details().creditCode();
		if (code == null) {
			return null;
		}
		if (!fails(a)) {
			return new RefusalChecks.Check(CODE, true, null, null, null,
					Text.of("校验位正确（GB 32100-2015）", "Check character valid (GB 32100-2015)"));
		}
		Progress p = a.progress();
		if (overridden(a)) {
			return new RefusalChecks.Check(CODE, true, null, null, null,
					Text.of("旧版代码，校验位不符，已由 " + p.creditCodeOverrideBy + " 于 " + p.creditCodeOverrideAt + " 放行，理由："
							+ p.creditCodeOverrideReason,
							"Legacy code accepted by " + p.creditCodeOverrideBy + " at " + p.creditCodeOverrideAt
									+ "; reason: " + p.creditCodeOverrideReason));
		}
		return new RefusalChecks.Check(CODE, false, null, null, null,
				Text.of("旧版代码，校验位不符，须受理人员核实后放行", "Legacy code failing its check character; a clerk must override it"));
	}

	/** The 422 for accepting or approving while the check blocks. */
	static ApiException blocked() {
		String zh = "自动审查“统一社会信用代码校验”未通过：校验位不符，须受理人员核实旧版代码并放行";
		String en = "The automatic credit code check failed: the code fails its check character; a clerk must "
				+ "override the legacy code first";
		return new ApiException(ProblemKind.BUSINESS_RULE, Text.of(zh, en),
				List.of(FieldProblem.of("creditCode", zh, en)), Map.of("check", CODE));
	}

	/** The override for the API; who did it is shown to staff only. */
	static CreditCodeOverrideDto toDto(Application a, boolean staff) {
		Progress p = a.progress();
		if (p.creditCodeOverrideCode == null) {
			return null;
		}
		return new CreditCodeOverrideDto().creditCode(p.creditCodeOverrideCode)
			.reason(p.creditCodeOverrideReason)
			.overriddenBy(staff ? p.creditCodeOverrideBy : null)
			.overriddenAt(p.creditCodeOverrideAt.atOffset(ZoneOffset.UTC));
	}

}
