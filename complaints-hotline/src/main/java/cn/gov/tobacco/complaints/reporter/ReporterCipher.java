package cn.gov.tobacco.complaints.reporter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for reporter contact data. A value is a version byte, a random 12-byte
 * nonce and the ciphertext with its tag; the version leaves room for key rotation.
 */
@Component
public class ReporterCipher {

	private static final byte VERSION = 1;

	private static final int NONCE = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	public ReporterCipher(ReporterProperties properties) {
		byte[] raw = Base64.getDecoder().decode(properties.key());
		if (raw.length != 32) {
			throw new IllegalStateException("complaints.reporter.key must be 32 bytes (Base64)");
		}
		this.key = new SecretKeySpec(raw, "AES");
	}

	public byte[] encrypt(String plain) {
		if (plain == null || plain.isBlank()) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + NONCE + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public String decrypt(byte[] value) {
		if (value == null) {
			return null;
		}
		try {
			if (value[0] != VERSION) {
				throw new IllegalStateException("Unknown reporter data version " + value[0]);
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, value, 1, NONCE));
			return new String(cipher.doFinal(value, 1 + NONCE, value.length - 1 - NONCE), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed", ex);
		}
	}

}
