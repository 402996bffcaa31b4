package cn.gov.tobacco.platform.problem;

import java.util.Map;

/**
 * Chinese messages for the standard Bean Validation constraints; the English message is
 * the validator's default.
 */
final class ValidationMessages {

	private static final Map<String, String> ZH = Map.ofEntries(Map.entry("NotNull", "必填"),
			Map.entry("NotBlank", "不能为空"), Map.entry("NotEmpty", "不能为空"), Map.entry("Size", "长度不符合要求"),
			Map.entry("Pattern", "格式不正确"), Map.entry("Min", "小于允许的最小值"), Map.entry("Max", "大于允许的最大值"),
			Map.entry("DecimalMin", "小于允许的最小值"), Map.entry("DecimalMax", "大于允许的最大值"), Map.entry("Email", "不是有效的电子邮箱"),
			Map.entry("Past", "必须是过去的日期"), Map.entry("Future", "必须是将来的日期"), Map.entry("Positive", "必须为正数"));

	private ValidationMessages() {
	}

	static String zh(String[] codes) {
		if (codes != null) {
			for (String code : codes) {
				String zh = ZH.get(code);
				if (zh != null) {
					return zh;
				}
			}
		}
		return "取值无效";
	}

}
