package cn.gov.tobacco.gateway.errors;

import java.nio.charset.StandardCharsets;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a browser navigating with a session cookie sees while the session store (Redis) is
 * down: a plain 503 page in both languages that reloads itself, instead of the problem
 * JSON API calls get, and never a redirect to the login (which would loop, since the
 * login needs the session store too).
 */
final class SignInUnavailablePage {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final byte[] PAGE = """
			<!doctype html>
			<html lang="zh-CN">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<meta http-equiv="refresh" content="30">
			<title>登录服务暂时不可用 · Sign-in is temporarily unavailable</title>
			</head>
			<body style="font-family: sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6">
			<h1 style="font-size: 1.4rem">登录服务暂时不可用</h1>
			<p>您的登录状态已保留。此页面将在 30 秒后自动重试；服务恢复后即可继续办理，无需重新登录。无需登录的查询（如许可证核验、投诉举报查询）不受影响。</p>
			<h2 style="font-size: 1.1rem" lang="en">Sign-in is temporarily unavailable</h2>
			<p lang="en">You are still signed in. This page retries by itself every 30 seconds; once the service is back you carry on where you were, without signing in again. Public services (license verification, tracking a report) are not affected.</p>
			<p><a href="">重试 · Retry</a></p>
			</body>
			</html>
			"""
		.getBytes(StandardCharsets.UTF_8);

	private SignInUnavailablePage() {
	}

	/** A browser's page load (a GET that prefers HTML), not an API call. */
	static boolean isNavigation(ServerWebExchange exchange) {
		if (exchange.getRequest().getMethod() != HttpMethod.GET
				|| exchange.getRequest().getPath().value().startsWith("/api/")) {
			return false;
		}
		List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
		return accepted.stream()
			.anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
	}

	static Mono<Void> write(ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
		HttpHeaders headers = response.getHeaders();
		headers.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		headers.setContentLength(PAGE.length);
		headers.setCacheControl("no-store");
		headers.set(HttpHeaders.CONTENT_LANGUAGE, "zh-CN");
		return response.writeWith(Mono.just(response.bufferFactory().wrap(PAGE)));
	}

}
