package cn.gov.tobacco.complaints.reporter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * A keyed blind index of a phone number, so a caller's earlier cases can be found while
 * the stored number stays encrypted: HMAC-SHA256 of the normalised number with a key of
 * its own (never the encryption key). Without the key the index cannot be computed from a
 * guessed number.
 */
@Component
public class PhoneIndex {

	private final SecretKeySpec key;

	public PhoneIndex(ReporterProperties properties) {
		byte[] raw = Base64.getDecoder().decode(properties.phoneIndexKey());
		if (raw.length < 32) {
			throw new IllegalStateException("complaints.reporter.phone-index-key must be at least 32 bytes (Base64)");
		}
		this.key = new SecretKeySpec(raw, "HmacSHA256");
	}

	/** The index of a number, or {@code null} when it has no digits. */
	public String of(String phone) {
		String normalised = normalise(phone);
		if (normalised == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC failed", ex);
		}
	}

	/**
	 * Digits only, without the country code of China: "+86 139 0000 1111", "0086
	 * 13900001111" and "139-0000-1111" are all "13900001111". A leading 86 is taken for
	 * the country code only when at least ten digits follow it, so short service numbers
	 * stay as they are.
	 */
	public static String normalise(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		if (digits.startsWith("0086") && digits.length() >= 14) {
			digits = digits.substring(4);
		}
		else if (digits.startsWith("86") && digits.length() >= 12) {
			digits = digits.substring(2);
		}
		return digits.isEmpty() ? null : digits;
	}

}
