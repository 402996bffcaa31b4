package cn.gov.tobacco.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivered CloudEvent: header {@value #HEADER} ={@code sha256=}
 * followed by the lower-case hex HMAC-SHA256 of the exact request body, keyed with the
 * subscriber's shared secret. The receiver recomputes it over the bytes it received and
 * compares in constant time.
 */
public final class CloudEventSignature {

	/** The header that carries the signature. */
	public static final String HEADER = "X-Event-Signature";

	private static final String PREFIX = "sha256=";

	private CloudEventSignature() {
	}

	public static String sign(String secret, byte[] body) {
		return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
	}

	/** Whether the header value is the signature of the body under the secret. */
	public static boolean verify(String secret, byte[] body, String header) {
		if (header == null || !header.startsWith(PREFIX) || secret == null || secret.isEmpty()) {
			return false;
		}
		byte[] expected = sign(secret, body).getBytes(StandardCharsets.US_ASCII);
		byte[] given = header.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	private static byte[] hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
