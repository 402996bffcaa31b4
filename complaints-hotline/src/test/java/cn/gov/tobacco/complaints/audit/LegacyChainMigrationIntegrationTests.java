package cn.gov.tobacco.complaints.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.audit.ChainVerification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chain written by this service before migration V3 (hash without the aggregate type)
 * still verifies after it, also when new entries in the platform format follow it. Runs
 * the real migrations into a scratch schema of the test database: up to V2, the old
 * writes, then the rest.
 */
class LegacyChainMigrationIntegrationTests extends IntegrationTestSupport {

	@Value("${spring.flyway.url}")
	private String jdbcUrl;

	@Value("${spring.flyway.user}")
	private String owner;

	private String schema;

	@BeforeEach
	void scratchSchemaAtV2() {
		this.schema = "complaints_v2_" + UUID.randomUUID().toString().substring(0, 8);
		flyway("2").migrate();
	}

	@AfterEach
	void dropScratchSchema() throws Exception {
		try (Connection c = DriverManager.getConnection(this.jdbcUrl, this.owner, "");
				Statement s = c.createStatement()) {
			s.execute("DROP SCHEMA " + this.schema + " CASCADE");
		}
	}

	@Test
	void aChainWrittenBeforeTheMigrationStillVerifiesAndGrowsInTheNewFormat() throws Exception {
		UUID intact = UUID.randomUUID();
		UUID tampered = UUID.randomUUID();
		writeOldChain(intact, false);
		writeOldChain(tampered, true);

		flyway(null).migrate();

		ConnectionFactory factory = ConnectionFactories
			.get(this.jdbcUrl.replace("jdbc:postgresql://", "r2dbc:postgresql://" + this.owner + "@") + "?schema="
					+ this.schema);
		DatabaseClient db = DatabaseClient.create(factory);
		TransactionalOperator tx = TransactionalOperator.create(new R2dbcTransactionManager(factory));
		AuditVerifier verifier = new AuditVerifier(db);

		ChainVerification before = verifier.verify(intact).block();
		assertThat(before.intact()).isTrue();
		assertThat(before.entries()).isEqualTo(3);

		AuditTrail trail = new AuditTrail(new AuditChain(db, Clock.systemUTC()));
		trail.append(intact, "ACCEPT", "agent", "RECEIVED->ACCEPTED").as(tx::transactional).block();
		ChainVerification after = verifier.verify(intact).block();
		assertThat(after.intact()).isTrue();
		assertThat(after.entries()).isEqualTo(4);

		ChainVerification broken = verifier.verify(tampered).block();
		assertThat(broken.intact()).isFalse();
		assertThat(broken.firstBrokenSeq()).isEqualTo(2);
	}

	/** What AuditTrail wrote before V3, with its hash as it was computed then. */
	private void writeOldChain(UUID caseId, boolean editSecond) throws Exception {
		try (Connection c = DriverManager.getConnection(this.jdbcUrl, this.owner, "");
				PreparedStatement insert = c.prepareStatement("INSERT INTO " + this.schema
						+ ".audit_log (aggregate_id, seq, action, actor, detail, at, prev_hash, hash) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			String prev = "0".repeat(64);
			String[][] entries = { { "FILED", "anonymous", "channel=WEB kind=REPORT" },
					{ "ACCEPT", "agent", "RECEIVED->ACCEPTED" },
					{ "REPORTER_DATA_READ", "supervisor", "permission=x" } };
			Instant at = Instant.parse("2026-11-01T02:03:04.123456Z").truncatedTo(ChronoUnit.MICROS);
			for (int i = 0; i < entries.length; i++) {
				int seq = i + 1;
				String hash = oldHash(prev, seq, caseId, entries[i][0], entries[i][1], entries[i][2], at);
				String detail = (editSecond && seq == 2) ? "RECEIVED->NOT_ACCEPTED" : entries[i][2];
				insert.setObject(1, caseId);
				insert.setInt(2, seq);
				insert.setString(3, entries[i][0]);
				insert.setString(4, entries[i][1]);
				insert.setString(5, detail);
				insert.setTimestamp(6, Timestamp.from(at));
				insert.setString(7, prev);
				insert.setString(8, hash);
				insert.executeUpdate();
				prev = hash;
				at = at.plusSeconds(60);
			}
		}
	}

	/** The hash function of complaints-hotline's AuditTrail up to V2, verbatim. */
	private static String oldHash(String prev, int seq, UUID id, String action, String actor, String detail, Instant at)
			throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		String canonical = String.join("\n", prev, Integer.toString(seq), id.toString(), action, actor, detail,
				at.toString());
		return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.jdbcUrl, this.owner, "")
			.schemas(this.schema)
			.defaultSchema(this.schema)
			.createSchemas(true)
			.locations("classpath:db/migration");
		if (target != null) {
			configuration = configuration.target(target);
		}
		return configuration.load();
	}

}
