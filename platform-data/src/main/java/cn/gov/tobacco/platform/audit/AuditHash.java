package cn.gov.tobacco.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The SHA-256 of an entry: of the previous hash and every field, newline-separated, in a
 * fixed order, timestamps in ISO-8601 UTC.
 */
public final class AuditHash {

	/** The "previous hash" of the first entry of a chain. */
	public static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	public static String of(String prevHash, int seq, String aggregateType, UUID aggregateId, String action,
			String actor, String detail, Instant at) {
		String canonical = String.join("\n", prevHash, Integer.toString(seq), aggregateType, aggregateId.toString(),
				action, actor, detail, at.toString());
		return sha256(canonical);
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
