package cn.gov.tobacco.identity.keys;

import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the signing key in {@code identity.signing_keys}: the newest key is used; when
 * there is none, one is generated and stored. An advisory lock makes two issuers starting
 * at once agree on one key.
 */
@Repository
class SigningKeyStore {

	private static final Log logger = LogFactory.getLog(SigningKeyStore.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	SigningKeyStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	RSAKey currentOrCreate() {
		return this.transaction.execute((status) -> {
			this.jdbc.execute("select pg_advisory_xact_lock(hashtext('identity.signing_keys'))");
			List<RSAKey> stored = this.jdbc.query(
					"select public_key, private_key from signing_keys order by created_at desc limit 1",
					(rs, rowNum) -> RsaKeys.decode(rs.getString("public_key"), rs.getString("private_key")));
			if (!stored.isEmpty()) {
				logger.info("Signing with stored key kid=" + stored.get(0).getKeyID());
				return stored.get(0);
			}
			RSAKey key = RsaKeys.generate();
			this.jdbc.update("insert into signing_keys (kid, algorithm, public_key, private_key) values (?, ?, ?, ?)",
					key.getKeyID(), key.getAlgorithm().getName(), RsaKeys.encodedPublicKey(key),
					RsaKeys.encodedPrivateKey(key));
			logger.info("Generated and stored a new signing key kid=" + key.getKeyID());
			return key;
		});
	}

}
