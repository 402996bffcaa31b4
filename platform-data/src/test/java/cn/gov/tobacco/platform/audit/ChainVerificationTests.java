package cn.gov.tobacco.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerificationTests {

	private final UUID id = UUID.randomUUID();

	@Test
	void aChainBuiltLinkByLinkIsIntact() {
		List<AuditEntry> chain = chain(3);
		ChainVerification result = ChainVerification.of(chain);
		assertThat(result.intact()).isTrue();
		assertThat(result.entries()).isEqualTo(3);
		assertThat(result.headHash()).isEqualTo(chain.get(2).hash());
	}

	@Test
	void anEditedDetailBreaksTheChainAtThatEntry() {
		List<AuditEntry> chain = chain(3);
		AuditEntry e = chain.get(1);
		chain.set(1, new AuditEntry(e.aggregateType(), e.aggregateId(), e.seq(), e.action(), e.actor(),
				"{\"reason\":\"edited\"}", e.at(), e.prevHash(), e.hash()));
		assertThat(ChainVerification.of(chain).firstBrokenSeq()).isEqualTo(2);
	}

	@Test
	void aRemovedEntryBreaksTheChain() {
		List<AuditEntry> chain = chain(3);
		chain.remove(1);
		ChainVerification result = ChainVerification.of(chain);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(2);
	}

	@Test
	void anEmptyChainIsIntact() {
		assertThat(ChainVerification.of(List.of()).intact()).isTrue();
	}

	private List<AuditEntry> chain(int length) {
		List<AuditEntry> chain = new ArrayList<>();
		String prev = AuditHash.GENESIS;
		for (int seq = 1; seq <= length; seq++) {
			Instant at = Instant.parse("2026-09-30T02:00:00Z").plusSeconds(seq);
			String detail = "{\"n\":" + seq + "}";
			String hash = AuditHash.of(prev, seq, "application", this.id, "A" + seq, "clerk.xihu", detail, at);
			chain.add(new AuditEntry("application", this.id, seq, "A" + seq, "clerk.xihu", detail, at, prev, hash));
			prev = hash;
		}
		return chain;
	}

}
