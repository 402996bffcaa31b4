package cn.gov.tobacco.platform.problem;

/**
 * One field that failed validation.
 *
 * @param field the JSON path of the field, e.g. {@code premises.latitude}
 * @param message what is wrong with it, in both languages
 */
public record FieldProblem(String field, Text message) {

	public static FieldProblem of(String field, String zh, String en) {
		return new FieldProblem(field, Text.of(zh, en));
	}

}
