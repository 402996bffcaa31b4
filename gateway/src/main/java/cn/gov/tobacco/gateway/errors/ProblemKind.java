package cn.gov.tobacco.gateway.errors;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The errors the gateway answers itself. Slugs shared with the services' kinds in
 * {@code platform-common} mean the same; {@code csrf}, {@code bad-gateway} and
 * {@code gateway-timeout} exist only at the edge.
 */
public enum ProblemKind {

	MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "请求格式错误", "Malformed request", "请求格式错误",
			"The request is malformed"),

	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "需要登录", "Authentication required", "请先登录或提供有效的访问令牌",
			"Sign in or provide a valid access token"),

	FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作", "Not allowed", "您无权执行此操作", "You may not do this"),

	CSRF(HttpStatus.FORBIDDEN, "csrf", "安全校验未通过", "CSRF check failed", "请求缺少有效的 X-XSRF-TOKEN 请求头，请刷新页面后重试",
			"The request lacks a valid X-XSRF-TOKEN header; reload the page and retry"),

	NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "资源不存在", "Not found", "请求的地址不存在", "Nothing is served at this address"),

	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "不支持该请求方法", "Method not allowed",
			"该地址不支持此请求方法", "This address does not support the request method"),

	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "文件或请求体过大", "Payload too large",
			"请求体超过网关允许的大小", "The request body exceeds the size the gateway accepts"),

	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过于频繁", "Too many requests", "请求过于频繁，请稍后再试",
			"Too many requests; retry in a moment"),

	INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务器内部错误", "Internal server error",
			"请求未能完成，请稍后重试；如仍失败请提供关联编号", "The request could not be completed; retry later or quote the correlation id"),

	BAD_GATEWAY(HttpStatus.BAD_GATEWAY, "bad-gateway", "上游服务无响应", "Bad gateway", "后端服务无法连接或返回了无效响应，请稍后再试",
			"The backend service could not be reached or answered badly; retry later"),

	DEPENDENCY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", "依赖的服务暂不可用，请稍后再试",
			"A dependency is unavailable, please retry later", "网关依赖的服务暂不可用，请稍后再试",
			"A service the gateway depends on is unavailable; retry later"),

	GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "上游服务响应超时", "Gateway timeout", "后端服务未能及时响应，请稍后再试",
			"The backend service did not answer in time; retry later");

	private final HttpStatus status;

	private final URI type;

	private final Text title;

	private final Text detail;

	ProblemKind(HttpStatus status, String slug, String zhTitle, String enTitle, String zhDetail, String enDetail) {
		this.status = status;
		this.type = URI.create("/problems/" + slug);
		this.title = Text.of(zhTitle, enTitle);
		this.detail = Text.of(zhDetail, enDetail);
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

	/**
	 * The detail used when nothing more specific is known.
	 * @return a generic explanation of this kind
	 */
	public Text defaultDetail() {
		return this.detail;
	}

	/**
	 * The kind for a bare status set by the framework or a gateway filter.
	 * @param status the HTTP status code
	 * @return the matching kind; other 4xx become {@link #MALFORMED_REQUEST}, other 5xx
	 * {@link #INTERNAL}
	 */
	public static ProblemKind forStatus(int status) {
		return switch (status) {
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 429 -> RATE_LIMITED;
			case 502 -> BAD_GATEWAY;
			case 503 -> DEPENDENCY_UNAVAILABLE;
			case 504 -> GATEWAY_TIMEOUT;
			default -> (status >= 400 && status < 500) ? MALFORMED_REQUEST : INTERNAL;
		};
	}

}
