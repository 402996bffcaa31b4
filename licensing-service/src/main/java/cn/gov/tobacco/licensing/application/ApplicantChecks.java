package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.tobacco.platform.identifiers.Places;
import cn.gov.tobacco.platform.identifiers.ResidentIdNumber;
import cn.gov.tobacco.platform.identifiers.UnifiedSocialCreditCode;
import cn.gov.tobacco.platform.problem.FieldProblem;

/**
 * Format checks of the applicant's details; each failure names its field. A field left
 * empty in a draft is not checked here (completeness is checked on submission).
 */
final class ApplicantChecks {

	private ApplicantChecks() {
	}

	static List<FieldProblem> check(ApplicantDetails details, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (present(details.creditCode()) && !UnifiedSocialCreditCode.isValid(details.creditCode())) {
			if (!details.creditCodeLegacy()) {
				problems.add(FieldProblem.of("creditCode", "统一社会信用代码无效（GB 32100-2015 校验位不符）",
						"not a valid Unified Social Credit Code (GB 32100-2015 check character)"));
			}
			else if (!CreditCodeCheck.onlyCheckCharacterFails(details.creditCode())) {
				problems.add(FieldProblem.of("creditCode", "旧版代码也须为 18 位有效字符，仅校验位可不符",
						"a legacy code still has 18 valid characters; only its check character may fail"));
			}
		}
		if (present(details.operatorIdNumber()) && !ResidentIdNumber.isValid(details.operatorIdNumber(), today)) {
			problems.add(FieldProblem.of("operatorIdNumber", "身份证号码无效（校验位或出生日期不符）",
					"not a valid resident ID (GB 11643-1999 check digit or birth date)"));
		}
		if (present(details.mobile()) && !Places.isMobileNumber(details.mobile())) {
			problems.add(FieldProblem.of("mobile", "不是有效的大陆手机号码", "not a mainland mobile number"));
		}
		Premises premises = details.premises();
		if (present(premises.divisionCode()) && !Places.isDivisionCode(premises.divisionCode())) {
			problems.add(FieldProblem.of("premises.divisionCode", "行政区划代码无效", "not an administrative division code"));
		}
		if ((premises.latitude() == null) != (premises.longitude() == null)) {
			problems.add(FieldProblem.of("premises", "经纬度须同时填写", "latitude and longitude go together"));
		}
		else if (premises.latitude() != null && !Places.isInChina(premises.latitude(), premises.longitude())) {
			problems.add(FieldProblem.of("premises.latitude", "坐标不在中国境内", "coordinates are outside China"));
		}
		return problems;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
