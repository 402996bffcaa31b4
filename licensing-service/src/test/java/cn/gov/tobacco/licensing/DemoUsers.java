package cn.gov.tobacco.licensing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.tobacco.testing.OidcLogin;

/**
 * Access tokens of the demo accounts, signed in once per test JVM at the real issuer.
 */
public final class DemoUsers {

	public static final String PASSWORD = System.getProperty("demo.password", "Demo@2026");

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private DemoUsers() {
	}

	public static String token(String username) {
		return TOKENS.computeIfAbsent(username, (u) -> OidcLogin.forIssuer().login(u, PASSWORD).accessToken());
	}

}
