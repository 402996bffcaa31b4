package cn.gov.tobacco.platform.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Every kind of error the platform answers with. The {@code type} URI of each is stable:
 * clients may switch on it. {@link #CSRF}, {@link #BAD_GATEWAY} and
 * {@link #GATEWAY_TIMEOUT} are answered only by the gateway.
 */
public enum ProblemKind {

	VALIDATION(HttpStatus.BAD_REQUEST, "validation", "请求字段校验未通过", "Request validation failed"),

	MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "请求格式错误", "Malformed request"),

	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "需要登录", "Authentication required"),

	FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作", "Not allowed"),

	CSRF(HttpStatus.FORBIDDEN, "csrf", "安全校验未通过", "CSRF check failed"),

	NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "资源不存在", "Not found"),

	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "不支持该请求方法", "Method not allowed"),

	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "无法提供所请求的格式", "Not acceptable"),

	ILLEGAL_TRANSITION(HttpStatus.CONFLICT, "illegal-transition", "当前状态不允许此操作", "Illegal state transition"),

	VERSION_CONFLICT(HttpStatus.CONFLICT, "version-conflict", "数据已被他人修改", "Concurrent modification"),

	CONFLICT(HttpStatus.CONFLICT, "conflict", "请求与当前数据冲突", "Conflict"),

	IDEMPOTENCY_IN_FLIGHT(HttpStatus.CONFLICT, "idempotency-in-flight", "相同幂等键的请求正在处理中",
			"A request with this Idempotency-Key is still in progress"),

	IDEMPOTENCY_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-mismatch", "幂等键已用于不同的请求内容",
			"Idempotency-Key was used with a different request"),

	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "文件或请求体过大", "Payload too large"),

	LENGTH_REQUIRED(HttpStatus.LENGTH_REQUIRED, "length-required", "请求须带 Content-Length", "Content-Length required"),

	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "不支持的文件或内容类型",
			"Unsupported media type"),

	BUSINESS_RULE(HttpStatus.UNPROCESSABLE_CONTENT, "business-rule", "业务规则不允许此操作", "Refused by a business rule"),

	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过于频繁", "Too many requests"),

	DEPENDENCY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", "依赖的服务暂不可用，请稍后再试",
			"A dependency is unavailable, please retry later"),

	BAD_GATEWAY(HttpStatus.BAD_GATEWAY, "bad-gateway", "上游服务无响应", "Bad gateway"),

	GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "上游服务响应超时", "Gateway timeout"),

	INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务器内部错误", "Internal server error");

	private final HttpStatus status;

	private final URI type;

	private final Text title;

	ProblemKind(HttpStatus status, String slug, String zhTitle, String enTitle) {
		this.status = status;
		this.type = URI.create("/problems/" + slug);
		this.title = Text.of(zhTitle, enTitle);
	}

	public HttpStatus status() {
		return this.status;
	}

	public URI type() {
		return this.type;
	}

	public Text title() {
		return this.title;
	}

	/** The kind to use for a bare HTTP status raised by the framework. */
	public static ProblemKind forStatus(int status) {
		return switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> CONFLICT;
			case 411 -> LENGTH_REQUIRED;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 422 -> BUSINESS_RULE;
			case 429 -> RATE_LIMITED;
			case 502, 503, 504 -> DEPENDENCY_UNAVAILABLE;
			default -> (status >= 400 && status < 500) ? MALFORMED_REQUEST : INTERNAL;
		};
	}

}
