package cn.gov.tobacco.identity.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RsaKeysTests {

	@Test
	void generatedKeyIsA2048BitRs256SigningKeyWithAThumbprintKid() throws Exception {
		RSAKey key = RsaKeys.generate();

		assertThat(key.size()).isEqualTo(2048);
		assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
		assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
		assertThat(key.isPrivate()).isTrue();
	}

	@Test
	void storedFormReadsBackToTheSameKey() {
		RSAKey key = RsaKeys.generate();

		RSAKey read = RsaKeys.decode(RsaKeys.encodedPublicKey(key), RsaKeys.encodedPrivateKey(key));

		assertThat(read.getKeyID()).isEqualTo(key.getKeyID());
		assertThat(read).isEqualTo(key);
	}

}
