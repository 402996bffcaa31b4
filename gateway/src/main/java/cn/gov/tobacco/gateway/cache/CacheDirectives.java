package cn.gov.tobacco.gateway.cache;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The directives of {@code Cache-Control} header lines (RFC 9111, 5.2): names compared
 * without case, a value with or without quotes. A malformed delta-seconds counts as
 * absent.
 */
final class CacheDirectives {

	private final Map<String, String> directives;

	private CacheDirectives(Map<String, String> directives) {
		this.directives = directives;
	}

	static CacheDirectives of(List<String> lines) {
		Map<String, String> directives = new HashMap<>();
		if (lines != null) {
			for (String line : lines) {
				for (String directive : line.split(",")) {
					String[] parts = directive.split("=", 2);
					String name = parts[0].trim().toLowerCase(Locale.ROOT);
					if (!name.isEmpty()) {
						directives.putIfAbsent(name, (parts.length > 1) ? unquoted(parts[1].trim()) : "");
					}
				}
			}
		}
		return new CacheDirectives(directives);
	}

	boolean has(String name) {
		return this.directives.containsKey(name);
	}

	/** A delta-seconds directive's value, if present and well formed. */
	Optional<Long> seconds(String name) {
		String value = this.directives.get(name);
		if (value == null || value.isEmpty() || value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(value));
	}

	private static String unquoted(String value) {
		return (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))
				? value.substring(1, value.length() - 1) : value;
	}

}
