package cn.gov.tobacco.complaints.reporter;

import java.util.ArrayList;
import java.util.List;

/**
 * Masked forms of reporter contact data: {@code 张*}, {@code 138****5678},
 * {@code 3301**********123X}. The mask is computed once at intake and stored next to the
 * ciphertext, so lists never decrypt.
 */
public final class ReporterMask {

	private ReporterMask() {
	}

	public static String of(String name, String phone, String idNumber) {
		List<String> parts = new ArrayList<>();
		if (name != null && !name.isBlank()) {
			String trimmed = name.strip();
			parts.add(trimmed.substring(0, 1) + "*".repeat(Math.max(1, trimmed.length() - 1)));
		}
		if (phone != null && !phone.isBlank()) {
			parts.add(keepEnds(phone.replaceAll("[^0-9+]", ""), 3, 4));
		}
		if (idNumber != null && !idNumber.isBlank()) {
			parts.add(keepEnds(idNumber.strip(), 4, 4));
		}
		return String.join(" ", parts);
	}

	static String keepEnds(String value, int head, int tail) {
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}

}
