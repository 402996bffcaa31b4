package cn.gov.tobacco.identity.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Generates RSA signing keys and converts them to and from their stored form (base64
 * X.509 and PKCS#8). The {@code kid} is the key's RFC 7638 thumbprint.
 */
final class RsaKeys {

	static final int KEY_SIZE = 2048;

	private RsaKeys() {
	}

	static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(KEY_SIZE);
			KeyPair pair = generator.generateKeyPair();
			return jwk((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	static RSAKey decode(String publicKey, String privateKey) {
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			RSAPublicKey pub = (RSAPublicKey) factory
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
			RSAPrivateKey priv = (RSAPrivateKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
			return jwk(pub, priv);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the stored signing key", ex);
		}
	}

	static String encodedPublicKey(RSAKey key) {
		try {
			return Base64.getEncoder().encodeToString(key.toRSAPublicKey().getEncoded());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String encodedPrivateKey(RSAKey key) {
		try {
			return Base64.getEncoder().encodeToString(key.toRSAPrivateKey().getEncoded());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey jwk(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
		try {
			return new RSAKey.Builder(publicKey).privateKey(privateKey)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint()
				.build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
