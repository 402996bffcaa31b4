package cn.gov.tobacco.licensing.license;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A strong ETag of an answer's content: the same values give the same tag on every
 * replica and after a restart (a digest, not {@code hashCode}).
 */
final class ETags {

	private ETags() {
	}

	static String of(Object... parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] digest = sha.digest(Arrays.deepToString(parts).getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
