package cn.gov.tobacco.platform.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 居民身份证号码: 18 characters, a valid birth date at positions 7-14, and a check character by
 * ISO 7064 MOD 11-2 (GB 11643-1999).
 */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private ResidentIdNumber() {
	}

	public static boolean isValid(String id, LocalDate today) {
		if (id == null || !id.matches("\\d{17}[0-9X]")) {
			return false;
		}
		return hasValidBirthDate(id, today) && id.charAt(17) == checkCharacter(id);
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	private static boolean hasValidBirthDate(String id, LocalDate today) {
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
					Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
			return birth.getYear() >= 1900 && !birth.isAfter(today);
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/** The ID with all but the first 3 and last 2 characters hidden. */
	public static String mask(String id) {
		if (id == null || id.length() < 6) {
			return id;
		}
		return id.substring(0, 3) + "*".repeat(id.length() - 5) + id.substring(id.length() - 2);
	}

}
