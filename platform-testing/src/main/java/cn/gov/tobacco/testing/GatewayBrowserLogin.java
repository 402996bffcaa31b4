package cn.gov.tobacco.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redirects a browser follows to sign in through the gateway: gateway → issuer's
 * authorize endpoint → issuer's login form → issuer → gateway's callback.
 */
final class GatewayBrowserLogin {

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final int MAX_REDIRECTS = 10;

	private final GatewaySession session;

	GatewayBrowserLogin(GatewaySession session) {
		this.session = session;
	}

	void signIn(String username, String password) {
		URI start = this.session.uri("/oauth2/authorization/identity");
		URI authorize = redirect(start, get(start), "starting the login at the gateway");
		GatewayResponse answer = get(authorize);
		if (answer.status() / 100 != 3) {
			throw new GatewaySessionException("The issuer refused the gateway's authorization request " + authorize
					+ " (is its redirect_uri registered for the client?): " + answer);
		}
		URI loginPage = redirect(authorize, answer, "the authorization request");
		GatewayResponse page = get(loginPage);
		if (page.status() != 200) {
			throw new GatewaySessionException("Expected the issuer's login page at " + loginPage + ": " + page);
		}
		String html = page.bodyAsString();
		URI action = loginPage.resolve(attribute(first(FORM, html, "form"), "action", "/login"));
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(hiddenValue(html, "_csrf"));
		GatewayResponse posted = this.session.send(HttpRequest.newBuilder(action)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		URI next = redirect(action, posted, "posting the login form");
		if (next.getPath() != null && next.getPath().endsWith("/login")) {
			throw new GatewaySessionException("The issuer rejected the credentials of '" + username + "'");
		}
		followToGateway(next);
	}

	private void followToGateway(URI location) {
		URI current = location;
		for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
			GatewayResponse answer = get(current);
			if (isGatewayCallback(current)) {
				URI landing = redirect(current, answer, "the gateway's login callback");
				if (landing.getQuery() != null && landing.getQuery().contains("login=failed")) {
					throw new GatewaySessionException(
							"The gateway could not complete the login (code exchange or ID token refused) at "
									+ current.getPath());
				}
				return;
			}
			current = redirect(current, answer, "following the redirects after login");
		}
		throw new GatewaySessionException("Too many redirects after the login");
	}

	private boolean isGatewayCallback(URI uri) {
		URI gateway = this.session.baseUri();
		return uri.getHost().equals(gateway.getHost()) && port(uri) == port(gateway)
				&& uri.getPath().startsWith("/login/oauth2/code/");
	}

	private GatewayResponse get(URI uri) {
		return this.session.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
	}

	private static URI redirect(URI from, GatewayResponse answer, String step) {
		String location = answer.header("Location").orElse(null);
		if (answer.status() / 100 != 3 || location == null) {
			throw new GatewaySessionException("Expected a redirect after " + step + " (" + from + "), got " + answer);
		}
		return from.resolve(location);
	}

	private static int port(URI uri) {
		return (uri.getPort() != -1) ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String hiddenValue(String html, String name) {
		Matcher inputs = INPUT.matcher(html);
		while (inputs.find()) {
			if (name.equals(attribute(inputs.group(), "name", null))) {
				return attribute(inputs.group(), "value", "");
			}
		}
		throw new GatewaySessionException("No " + name + " field on the issuer's login page");
	}

	private static String first(Pattern tag, String html, String what) {
		Matcher matcher = tag.matcher(html);
		if (!matcher.find()) {
			throw new GatewaySessionException("No <" + what + "> on the issuer's login page");
		}
		return matcher.group();
	}

	private static String attribute(String tag, String name, String fallback) {
		Matcher matcher = Pattern.compile("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE)
			.matcher(tag);
		if (!matcher.find()) {
			return fallback;
		}
		String value = (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3);
		return value.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
