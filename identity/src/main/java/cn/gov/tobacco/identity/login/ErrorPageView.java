package cn.gov.tobacco.identity.login;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.View;

/**
 * The issuer's error page (Spring Boot's {@code error} view, which replaces the
 * Whitelabel page): bilingual, in the sign-in page's layout, saying what happened in
 * plain words and nothing else: no exception, path, host or port.
 */
final class ErrorPageView implements View {

	private static final Map<Integer, String[]> TEXTS = Map.of(400,
			new String[] { "请求无效", "The request is not valid." }, 401, new String[] { "请先登录", "Please sign in first." },
			403, new String[] { "无权访问", "You may not open this page." }, 404,
			new String[] { "页面不存在", "This page does not exist." }, 405,
			new String[] { "不支持此操作", "This action is not supported here." }, 429,
			new String[] { "请求过于频繁，请稍后再试", "Too many requests. Please try again later." });

	private static final String[] UNEXPECTED = { "服务暂时出错，请稍后再试", "Something went wrong. Please try again later." };

	@Override
	public String getContentType() {
		return "text/html;charset=UTF-8";
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Object status = model.get("status");
		int code = (status instanceof Integer number) ? number : 500;
		String[] text = TEXTS.getOrDefault(code, (code >= 500) ? UNEXPECTED : TEXTS.get(400));
		byte[] body = LoginPage.error(code, text[0], text[1]).getBytes(StandardCharsets.UTF_8);
		response.setContentType(getContentType());
		response.setHeader("Cache-Control", "no-store");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
