package cn.gov.tobacco.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * An error the application raises on purpose; rendered as problem details of its kind.
 */
public class ApiException extends RuntimeException {

	private final ProblemKind kind;

	private final Text detail;

	private final List<FieldProblem> fieldProblems;

	private final Map<String, Object> properties;

	public ApiException(ProblemKind kind, Text detail) {
		this(kind, detail, List.of(), Map.of());
	}

	public ApiException(ProblemKind kind, Text detail, List<FieldProblem> fieldProblems,
			Map<String, Object> properties) {
		super(kind.name() + ": " + detail.en());
		this.kind = kind;
		this.detail = detail;
		this.fieldProblems = List.copyOf(fieldProblems);
		this.properties = Map.copyOf(properties);
	}

	public static ApiException notFound(String zh, String en) {
		return new ApiException(ProblemKind.NOT_FOUND, Text.of(zh, en));
	}

	public static ApiException illegalTransition(String from, String action) {
		return new ApiException(ProblemKind.ILLEGAL_TRANSITION,
				// plain words for the person; the state and the action stay codes for
				// machines
				Text.of("当前状态下不能进行此操作，请刷新页面查看最新进展",
						"This cannot be done in the current state; refresh the page to see the latest progress"),
				List.of(), Map.of("state", from, "action", action));
	}

	public static ApiException validation(List<FieldProblem> fieldProblems) {
		return new ApiException(ProblemKind.VALIDATION, Text.of("请检查标出的字段", "Check the fields listed in errors"),
				fieldProblems, Map.of());
	}

	public static ApiException businessRule(String zh, String en) {
		return new ApiException(ProblemKind.BUSINESS_RULE, Text.of(zh, en));
	}

	public ProblemKind kind() {
		return this.kind;
	}

	public Text detail() {
		return this.detail;
	}

	public List<FieldProblem> fieldProblems() {
		return this.fieldProblems;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
