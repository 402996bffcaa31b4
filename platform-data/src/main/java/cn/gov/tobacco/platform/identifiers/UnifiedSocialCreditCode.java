package cn.gov.tobacco.platform.identifiers;

/**
 * 统一社会信用代码: 18 characters of {@code 0-9A-HJ-NPQRTUWXY}; the last is a check character
 * over the first 17 with weights 3^(i-1) mod 31 (GB 32100-2015).
 */
public final class UnifiedSocialCreditCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private UnifiedSocialCreditCode() {
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(code.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * WEIGHTS[i];
		}
		return code.charAt(17) == checkCharacter(sum);
	}

	/** The check character for the first 17 characters of a code. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return checkCharacter(sum);
	}

	private static char checkCharacter(int sum) {
		int check = 31 - (sum % 31);
		return ALPHABET.charAt((check == 31) ? 0 : check);
	}

}
