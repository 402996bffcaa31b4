package cn.gov.tobacco.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyFormatVerificationTests {

	private final UUID id = UUID.randomUUID();

	@Test
	void aChainWhoseFirstEntriesUseAnotherHashFormatVerifiesWithTheServicesCheck() {
		List<AuditEntry> chain = new ArrayList<>();
		String prev = AuditHash.GENESIS;
		Instant at = Instant.parse("2026-01-01T00:00:00Z");
		// An "old format" entry: the hash leaves the aggregate type out.
		String oldHash = AuditHash
			.sha256(String.join("\n", prev, "1", this.id.toString(), "FILED", "x", "{}", at.toString()));
		chain.add(new AuditEntry("case", this.id, 1, "FILED", "x", "{}", at, prev, oldHash));
		String newHash = AuditHash.of(oldHash, 2, "case", this.id, "ACCEPT", "y", "{}", at);
		chain.add(new AuditEntry("case", this.id, 2, "ACCEPT", "y", "{}", at, oldHash, newHash));

		assertThat(ChainVerification.of(chain).intact()).isFalse();
		ChainVerification withFormats = ChainVerification.of(
				chain, (
						e) -> (e.seq() == 1)
								? e.hash()
									.equals(AuditHash
										.sha256(String.join("\n", e.prevHash(), "1", e.aggregateId().toString(),
												e.action(), e.actor(), e.detail(), e.at().toString())))
								: e.hashMatches());
		assertThat(withFormats.intact()).isTrue();
		assertThat(withFormats.headHash()).isEqualTo(newHash);
	}

	@Test
	void theCustomCheckDoesNotRelaxTheLinks() {
		Instant at = Instant.parse("2026-01-01T00:00:00Z");
		String hash = AuditHash.of(AuditHash.GENESIS, 1, "case", this.id, "FILED", "x", "{}", at);
		List<AuditEntry> chain = List.of(new AuditEntry("case", this.id, 1, "FILED", "x", "{}", at, hash, hash));
		ChainVerification result = ChainVerification.of(chain, (e) -> true);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(1);
	}

}
