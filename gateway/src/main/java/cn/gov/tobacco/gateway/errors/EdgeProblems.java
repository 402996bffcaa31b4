package cn.gov.tobacco.gateway.errors;

import cn.gov.tobacco.platform.problem.Problem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * The problems the gateway answers itself (platform-web's kinds), with the details it
 * gives: nothing more specific is known at the edge than the kind. Slugs mean what they
 * mean in the services; {@code csrf}, {@code bad-gateway} and {@code gateway-timeout} are
 * answered only here.
 */
public final class EdgeProblems {

	private EdgeProblems() {
	}

	/**
	 * A problem with the edge's detail for its kind.
	 * @param kind what happened
	 * @return the problem to write
	 */
	public static Problem of(ProblemKind kind) {
		return Problem.of(kind, detail(kind));
	}

	/**
	 * The detail used when nothing more specific is known.
	 * @param kind the kind
	 * @return a generic explanation of this kind at the edge
	 */
	public static Text detail(ProblemKind kind) {
		return switch (kind) {
			case MALFORMED_REQUEST -> Text.of("请求格式错误", "The request is malformed");
			case UNAUTHORIZED -> Text.of("请先登录或提供有效的访问令牌", "Sign in or provide a valid access token");
			case FORBIDDEN -> Text.of("您无权执行此操作", "You may not do this");
			case CSRF -> Text.of("请求缺少有效的 X-XSRF-TOKEN 请求头，请刷新页面后重试",
					"The request lacks a valid X-XSRF-TOKEN header; reload the page and retry");
			case NOT_FOUND -> Text.of("请求的地址不存在", "Nothing is served at this address");
			case METHOD_NOT_ALLOWED -> Text.of("该地址不支持此请求方法", "This address does not support the request method");
			case PAYLOAD_TOO_LARGE -> Text.of("请求体超过网关允许的大小", "The request body exceeds the size the gateway accepts");
			case RATE_LIMITED -> Text.of("请求过于频繁，请稍后再试", "Too many requests; retry in a moment");
			case BAD_GATEWAY -> Text.of("后端服务无法连接或返回了无效响应，请稍后再试",
					"The backend service could not be reached or answered badly; retry later");
			case DEPENDENCY_UNAVAILABLE ->
				Text.of("网关依赖的服务暂不可用，请稍后再试", "A service the gateway depends on is unavailable; retry later");
			case GATEWAY_TIMEOUT ->
				Text.of("后端服务未能及时响应，请稍后再试", "The backend service did not answer in time; retry later");
			case INTERNAL -> Text.of("请求未能完成，请稍后重试；如仍失败请提供关联编号",
					"The request could not be completed; retry later or quote the correlation id");
			// kinds only the services answer: their title is all the edge can say
			default -> kind.title();
		};
	}

	/**
	 * The kind for a bare status set by the framework or a gateway filter: the kinds the
	 * edge answers, the services' meaning of a shared status.
	 * @param status the HTTP status code
	 * @return the matching kind; other 4xx become {@code MALFORMED_REQUEST}, other 5xx
	 * {@code INTERNAL}
	 */
	public static ProblemKind forStatus(int status) {
		return switch (status) {
			case 401, 403, 404, 405, 413, 429, 503 -> ProblemKind.forStatus(status);
			case 502 -> ProblemKind.BAD_GATEWAY;
			case 504 -> ProblemKind.GATEWAY_TIMEOUT;
			default -> (status >= 400 && status < 500) ? ProblemKind.MALFORMED_REQUEST : ProblemKind.INTERNAL;
		};
	}

}
