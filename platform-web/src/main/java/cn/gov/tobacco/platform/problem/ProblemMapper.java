package cn.gov.tobacco.platform.problem;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Decides which problem an exception is. Never exposes exception class names or stack
 * traces; unknown exceptions become {@link ProblemKind#INTERNAL}.
 */
public final class ProblemMapper {

	private ProblemMapper() {
	}

	public static Problem map(Throwable ex) {
		if (ex instanceof ApiException api) {
			return new Problem(api.kind(), api.detail(), api.fieldProblems(), api.properties());
		}
		if (ex instanceof WebExchangeBindException bind) {
			return new Problem(ProblemKind.VALIDATION, Text.of("请检查标出的字段", "Check the fields listed in errors"),
					bind.getFieldErrors().stream().map(ProblemMapper::fieldProblem).toList(), Map.of());
		}
		if (ex instanceof HandlerMethodValidationException validation) {
			List<FieldProblem> fields = validation.getParameterValidationResults()
				.stream()
				.flatMap((r) -> r.getResolvableErrors()
					.stream()
					.map((e) -> FieldProblem.of(parameterName(r.getMethodParameter()),
							ValidationMessages.zh(e.getCodes()), String.valueOf(e.getDefaultMessage()))))
				.toList();
			return new Problem(ProblemKind.VALIDATION, Text.of("请检查标出的参数", "Check the parameters listed in errors"),
					fields, Map.of());
		}
		if (ex instanceof ConstraintViolationException violations) {
			List<FieldProblem> fields = violations.getConstraintViolations()
				.stream()
				.map((v) -> FieldProblem.of(leaf(v.getPropertyPath().toString()), ValidationMessages
					.zh(new String[] { v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName() }),
						v.getMessage()))
				.toList();
			return new Problem(ProblemKind.VALIDATION, Text.of("请检查标出的参数", "Check the parameters listed in errors"),
					fields, Map.of());
		}
		if (causedBy(ex, DataBufferLimitException.class) != null) {
			return Problem.of(ProblemKind.PAYLOAD_TOO_LARGE,
					Text.of("请求体超过允许的大小", "The request body exceeds the allowed size"));
		}
		if (ex instanceof UnsupportedMediaTypeStatusException media) {
			return Problem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE, Text.of("不支持的内容类型：" + media.getContentType(),
					"Unsupported content type: " + media.getContentType()));
		}
		if (ex instanceof MissingRequestValueException missing) {
			return new Problem(ProblemKind.VALIDATION, Text.of("缺少必填参数", "A required parameter is missing"),
					List.of(FieldProblem.of(missing.getName(), "必填", "is required")), Map.of());
		}
		if (ex instanceof ServerWebInputException input) {
			return malformed(input);
		}
		if (causedBy(ex, DecodingException.class) != null) {
			return Problem.of(ProblemKind.MALFORMED_REQUEST,
					Text.of("请求格式错误或请求体不完整", "The request is malformed or its body is incomplete"));
		}
		if (ex instanceof ResponseStatusException status) {
			ProblemKind kind = ProblemKind.forStatus(status.getStatusCode().value());
			return Problem.of(kind, kind.title());
		}
		if (ex instanceof AuthenticationException) {
			return Problem.of(ProblemKind.UNAUTHORIZED,
					Text.of("请先登录或提供有效的访问令牌", "Sign in or provide a valid access token"));
		}
		if (ex instanceof AccessDeniedException) {
			return Problem.of(ProblemKind.FORBIDDEN, Text.of("您的角色无权执行此操作", "Your role may not do this"));
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return Problem.of(ProblemKind.VERSION_CONFLICT,
					Text.of("数据已被他人修改，请刷新后重试", "Someone else changed this first; reload and retry"));
		}
		// No connection for a transaction: e.g. PostgreSQL starting after a crash (57P03)
		if (ex instanceof DataAccessResourceFailureException || ex instanceof QueryTimeoutException
				|| ex instanceof TransientDataAccessException || ex instanceof CannotCreateTransactionException
				|| causedBy(ex, ConnectException.class) != null || causedBy(ex, TimeoutException.class) != null) {
			return Problem.of(ProblemKind.DEPENDENCY_UNAVAILABLE, ProblemKind.DEPENDENCY_UNAVAILABLE.title());
		}
		return Problem.of(ProblemKind.INTERNAL, Text.of("请求未能完成，请稍后重试；如仍失败请提供关联编号",
				"The request could not be completed; retry later or quote the correlation id"));
	}

	private static Problem malformed(ServerWebInputException input) {
		JacksonException json = causedBy(input, JacksonException.class);
		String field = (json != null) ? path(json) : "";
		ApiException rejected = causedBy(input, ApiException.class);
		if (rejected != null) {
			// An edge rule refused a value (control character, date range) while it was
			// read:
			// name the field by its JSON path, or the parameter by its name in the
			// contract.
			String name = !field.isEmpty() ? field
					: (input.getMethodParameter() != null) ? parameterName(input.getMethodParameter()) : "";
			return new Problem(rejected.kind(), rejected.detail(),
					rejected.fieldProblems()
						.stream()
						.map((p) -> p.field().isEmpty() ? new FieldProblem(name, p.message()) : p)
						.toList(),
					rejected.properties());
		}
		Class<?> target = targetType(json);
		if (!field.isEmpty() && target != null && target.isEnum()) {
			String allowed = java.util.Arrays.stream(target.getEnumConstants())
				.map(String::valueOf)
				.collect(Collectors.joining(", "));
			return new Problem(ProblemKind.VALIDATION,
					Text.of("字段取值不在允许范围内", "A field has a value that is not allowed"),
					List.of(FieldProblem.of(field, "取值无效，可选：" + allowed, "unknown value; allowed: " + allowed)),
					Map.of());
		}
		if (json instanceof UnrecognizedPropertyException unknown) {
			return new Problem(ProblemKind.VALIDATION, Text.of("请求包含未知字段", "The request has an unknown field"),
					List.of(FieldProblem.of(field, "未知字段", "unknown field " + unknown.getPropertyName())), Map.of());
		}
		if (!field.isEmpty()) {
			return new Problem(ProblemKind.VALIDATION, Text.of("字段类型或取值错误", "A field has the wrong type or value"),
					List.of(FieldProblem.of(field, "类型或取值错误", "wrong type or value")), Map.of());
		}
		if (json != null || causedBy(input, DecodingException.class) != null) {
			return Problem.of(ProblemKind.MALFORMED_REQUEST,
					Text.of("请求体不是有效的 JSON", "The request body is not valid JSON"));
		}
		if (input.getMethodParameter() != null) {
			String name = parameterName(input.getMethodParameter());
			return new Problem(ProblemKind.VALIDATION, Text.of("参数格式错误", "A parameter is malformed"),
					List.of(FieldProblem.of(String.valueOf(name), "格式错误", "malformed")), Map.of());
		}
		return Problem.of(ProblemKind.MALFORMED_REQUEST,
				Text.of("请求格式错误或缺少请求体", "The request is malformed or its body is missing"));
	}

	private static Class<?> targetType(JacksonException json) {
		if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return mismatch.getTargetType();
		}
		if (json instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
			return instantiation.getType().getRawClass();
		}
		return null;
	}

	private static FieldProblem fieldProblem(FieldError error) {
		return FieldProblem.of(error.getField(), ValidationMessages.zh(error.getCodes()),
				String.valueOf(error.getDefaultMessage()));
	}

	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	/**
	 * The parameter's name as the contract and the request spell it (the generated
	 * interfaces annotate every parameter), never the Java parameter name.
	 */
	static String parameterName(org.springframework.core.MethodParameter parameter) {
		String name = null;
		var query = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
		var path = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
		var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
		var part = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestPart.class);
		if (query != null) {
			name = query.name().isEmpty() ? query.value() : query.name();
		}
		else if (path != null) {
			name = path.name().isEmpty() ? path.value() : path.name();
		}
		else if (header != null) {
			name = header.name().isEmpty() ? header.value() : header.name();
		}
		else if (part != null) {
			name = part.name().isEmpty() ? part.value() : part.name();
		}
		return (name != null && !name.isEmpty()) ? name : String.valueOf(parameter.getParameterName());
	}

	/** {@code listApplications.limit} → {@code limit}. */
	private static String leaf(String propertyPath) {
		int dot = propertyPath.indexOf('.');
		return (dot >= 0) ? propertyPath.substring(dot + 1) : propertyPath;
	}

	static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
