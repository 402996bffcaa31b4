package cn.gov.tobacco.platform.security;

import java.util.regex.Pattern;

/**
 * A node of the organisation tree, named by its administrative division code:
 * {@code 330000} province, {@code 330100} city, {@code 330106} district,
 * {@code 330106001} station. The subtree of a node is every code that starts with the
 * node's code less its trailing {@code 00} pairs.
 *
 * @param code the division code (6 digits, or 9 for a station)
 */
public record Jurisdiction(String code) {

	private static final Pattern CODE = Pattern.compile("\\d{6}(\\d{3})?");

	public Jurisdiction {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Not a division code: " + code);
		}
	}

	public static boolean isValid(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	/**
	 * The prefix every code in this subtree starts with, e.g. {@code 3301} for 330100.
	 */
	public String subtreePrefix() {
		String prefix = this.code;
		while (prefix.length() > 2 && prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return prefix;
	}

	/** Whether the given code lies in this node's subtree (itself included). */
	public boolean covers(String otherCode) {
		return otherCode != null && otherCode.startsWith(subtreePrefix());
	}

	/**
	 * The first code after this subtree, e.g. {@code 3302} for 330100: the subtree is
	 * every code {@code c} with {@code subtreePrefix() <= c < subtreeEnd()}, a range a
	 * plain B-tree index serves with bound parameters (a {@code LIKE} pattern needs a
	 * constant and a pattern operator class). Codes are digits, so text order is number
	 * order.
	 * @return the exclusive upper bound, or {@code null} when the prefix is all nines
	 */
	public String subtreeEnd() {
		char[] digits = subtreePrefix().toCharArray();
		for (int i = digits.length - 1; i >= 0; i--) {
			if (digits[i] != '9') {
				digits[i]++;
				return new String(digits, 0, i + 1);
			}
		}
		return null;
	}

	/** A SQL {@code LIKE} pattern matching this subtree. */
	public String likePattern() {
		return subtreePrefix() + "%";
	}

}
