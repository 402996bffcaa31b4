package cn.gov.tobacco.gateway.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/me}.
 *
 * @param sub the subject (the username)
 * @param name the display name
 * @param roles the platform roles, e.g. {@code CLERK}
 * @param jurisdiction the administrative division code, {@code null} for citizens
 * @param permissions extra permissions, e.g. {@code complaints:reporter-data:read}
 */
record CurrentUser(String sub, String name, List<String> roles, String jurisdiction, List<String> permissions) {

	/**
	 * Reads the platform's claims.
	 * @param claims token or ID token claims
	 * @return the user; missing lists are empty
	 */
	static CurrentUser fromClaims(Map<String, Object> claims) {
		String sub = string(claims.get("sub"));
		String name = string(claims.get("name"));
		return new CurrentUser(sub, (name != null) ? name : sub, strings(claims.get("roles")),
				string(claims.get("jurisdiction")), strings(claims.get("permissions")));
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static List<String> strings(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (value instanceof String text && !text.isBlank()) {
			return List.of(text.split("[ ,]+"));
		}
		return List.of();
	}

}
