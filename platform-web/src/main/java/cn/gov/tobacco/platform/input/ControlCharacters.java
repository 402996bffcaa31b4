package cn.gov.tobacco.platform.input;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/**
 * The one rule for control characters: no C0 or C1 control character (NUL included, which
 * PostgreSQL refuses in text) except tab, line feed and carriage return in free text.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether the text holds a control character other than tab, line feed or return. */
	public static boolean inText(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the value holds any control character at all (parameters, headers, names).
	 */
	public static boolean inValue(CharSequence value) {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isISOControl(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** The 400 problem naming the field (a JSON path, parameter or part name as sent). */
	public static ApiException rejected(String field) {
		return ApiException.validation(java.util.List
			.of(FieldProblem.of(field, "含有不允许的控制字符", "contains a control character that is not allowed")));
	}

}
