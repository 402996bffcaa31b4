package cn.gov.tobacco.identity.login;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of the sign-in page and of the signed-in page: plain, bilingual, no scripts.
 * The form keeps Spring Security's field names ({@code username}, {@code password},
 * {@code _csrf}) so that scripts and tests can sign in.
 */
final class LoginPage {

	private static final String LAYOUT = """
			<!DOCTYPE html>
			<html lang="zh-CN">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%s</title>
			<style>
			body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f4f5f7; margin: 0; }
			main { max-width: 360px; margin: 10vh auto; background: #fff; padding: 24px; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
			h1 { font-size: 18px; margin: 0 0 4px; } h1 small { display: block; font-size: 12px; color: #666; font-weight: normal; }
			h2 { font-size: 16px; margin: 20px 0 12px; }
			label { display: block; margin: 12px 0 4px; font-size: 14px; }
			.en { color: #666; font-size: 12px; margin-left: 4px; }
			input[type=text], input[type=password] { box-sizing: border-box; width: 100%%; padding: 8px; font-size: 16px; }
			button { margin-top: 20px; width: 100%%; padding: 10px; font-size: 16px; background: #b71c1c; color: #fff; border: 0; border-radius: 4px; }
			.message { padding: 8px; border-radius: 4px; font-size: 14px; } .error { background: #fdecea; } .info { background: #e8f4fd; }
			footer { margin-top: 16px; font-size: 12px; color: #888; }
			</style>
			</head>
			<body>
			<main>
			<h1>烟草专卖政务服务平台<small>Tobacco monopoly e-government platform</small></h1>
			%s
			<footer>本地开发身份认证服务 · Local development identity provider</footer>
			</main>
			</body>
			</html>
			""";

	private LoginPage() {
	}

	static String signIn(String csrfParameter, String csrfToken, boolean error, boolean loggedOut, boolean locked) {
		String message = "";
		if (locked) {
			message = "<p class=\"message error\" role=\"alert\">登录失败次数过多，请稍后再试<span class=\"en\">Too many failed sign-ins. Please wait and try again later.</span></p>";
		}
		else if (error) {
			message = "<p class=\"message error\" role=\"alert\">用户名或密码错误<span class=\"en\">Incorrect username or password.</span></p>";
		}
		else if (loggedOut) {
			message = "<p class=\"message info\" role=\"status\">您已退出登录<span class=\"en\">You have signed out.</span></p>";
		}
		String body = """
				<h2>登录<span class="en">Sign in</span></h2>
				%s
				<form method="post" action="login">
				<label for="username">用户名<span class="en">Username</span></label>
				<input type="text" id="username" name="username" autocomplete="username" required autofocus>
				<label for="password">密码<span class="en">Password</span></label>
				<input type="password" id="password" name="password" autocomplete="current-password" required>
				<input type="hidden" name="%s" value="%s">
				<button type="submit">登录<span class="en">Sign in</span></button>
				</form>
				""".formatted(message, escape(csrfParameter), escape(csrfToken));
		return LAYOUT.formatted("登录 · Sign in", body);
	}

	static String signedIn(String username, String csrfParameter, String csrfToken) {
		String body = """
				<h2>已登录<span class="en">Signed in</span></h2>
				<p>%s</p>
				<form method="post" action="logout">
				<input type="hidden" name="%s" value="%s">
				<button type="submit">退出登录<span class="en">Sign out</span></button>
				</form>
				""".formatted(escape(username), escape(csrfParameter), escape(csrfToken));
		return LAYOUT.formatted("已登录 · Signed in", body);
	}

	static String error(int status, String chinese, String english) {
		String body = """
				<h2>%s<span class="en">%s</span></h2>
				<p class="message error" role="alert">%d</p>
				<p><a href="/login">返回登录<span class="en">Back to sign-in</span></a></p>
				""".formatted(escape(chinese), escape(english), status);
		return LAYOUT.formatted(escape(chinese) + " · " + escape(english), body);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
