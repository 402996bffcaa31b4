package cn.gov.tobacco.licensing.supervision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.tobacco.platform.problem.Text;

/**
 * What a scanned QR payload or a typed text claims: a bare license number (15 digits:
 * district, year of issue, sequence) or the certificate's QR payload
 * {@code <public base URL>/verify/<number>}. Anything else cannot come from one of our
 * certificates and is FORGED, with the reason. Pure.
 */
final class ScanCodes {

	private static final Pattern NUMBER = Pattern.compile("\\d{15}");

	private static final Pattern VERIFY = Pattern.compile("(.*)/verify/([^/?#]*)/?");

	/**
	 * The number the code claims, or why it is forged.
	 *
	 * @param number the 15 digits, or null
	 * @param forged why the code is forged, or null
	 */
	record Claim(String number, Text forged) {

		static Claim forged(String zh, String en) {
			return new Claim(null, Text.of(zh, en));
		}

	}

	private ScanCodes() {
	}

	static Claim claim(String code, String publicBaseUrl) {
		String text = code.strip();
		if (NUMBER.matcher(text).matches()) {
			return new Claim(text, null);
		}
		Matcher m = VERIFY.matcher(text);
		if (m.matches()) {
			if (!stripSlash(m.group(1)).equalsIgnoreCase(stripSlash(publicBaseUrl))) {
				return Claim.forged("二维码指向的不是本局的许可证核验网址",
						"The QR code points at a site other than the bureau's verification page");
			}
			if (!NUMBER.matcher(m.group(2)).matches()) {
				return Claim.forged("二维码中的许可证号不是 15 位数字", "The license number in the QR code is not 15 digits");
			}
			return new Claim(m.group(2), null);
		}
		if (text.chars().allMatch(Character::isDigit)) {
			return Claim.forged("许可证号应为 15 位数字", "A license number has 15 digits");
		}
		return Claim.forged("不是许可证号，也不是许可证上的二维码", "Neither a license number nor a certificate's QR code");
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
