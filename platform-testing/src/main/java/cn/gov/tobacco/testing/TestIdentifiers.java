package cn.gov.tobacco.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random but valid identifiers for tests that create their own data: a Unified Social
 * Credit Code with its GB 32100-2015 check character and a resident ID with its GB
 * 11643-1999 check digit and a real birth date.
 */
public final class TestIdentifiers {

	private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private TestIdentifiers() {
	}

	/**
	 * A credit code of a company registered in the given district.
	 * @param division the 6-digit administrative division code
	 * @return 18 characters, the last the check character
	 */
	public static String creditCode(String division) {
		StringBuilder code = new StringBuilder("91").append(division);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (code.length() < 17) {
			code.append(CODE_CHARS.charAt(random.nextInt(10)));
		}
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += CODE_CHARS.indexOf(code.charAt(i)) * weight;
			weight = (weight * 3) % 31;
		}
		return code.append(CODE_CHARS.charAt((31 - sum % 31) % 31)).toString();
	}

	/**
	 * A resident ID of someone born between 1960 and 2000.
	 * @return 18 characters, the last the check digit or {@code X}
	 */
	public static String residentId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
		String body = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

}
