package cn.gov.tobacco.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM with a key derived from the Idempotency-Key: only a client that knows the key
 * can have the stored result replayed, and the table alone reveals nothing.
 */
final class ResultCipher {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ResultCipher() {
	}

	static String seal(String namespace, String idempotencyKey, byte[] plain) {
		try {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(namespace, idempotencyKey), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] open(String namespace, String idempotencyKey, String sealed) {
		try {
			byte[] raw = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(namespace, idempotencyKey), new GCMParameterSpec(128, raw, 0, 12));
			return cipher.doFinal(raw, 12, raw.length - 12);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static SecretKeySpec key(String namespace, String idempotencyKey) throws GeneralSecurityException {
		byte[] digest = MessageDigest.getInstance("SHA-256")
			.digest((namespace + "-idempotency-result\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
		return new SecretKeySpec(digest, "AES");
	}

}
