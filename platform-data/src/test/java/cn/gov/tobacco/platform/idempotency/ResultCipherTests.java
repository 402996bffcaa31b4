package cn.gov.tobacco.platform.idempotency;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ResultCipherTests {

	@Test
	void sealedResultsOpenOnlyWithTheSameKeyAndNamespace() {
		byte[] plain = "{\"id\":\"42\"}".getBytes(StandardCharsets.UTF_8);
		String sealed = ResultCipher.seal("licensing", "key-1", plain);
		assertThat(sealed).doesNotContain("42");
		assertThat(ResultCipher.open("licensing", "key-1", sealed)).isEqualTo(plain);
		assertThatIllegalStateException().isThrownBy(() -> ResultCipher.open("licensing", "key-2", sealed));
		assertThatIllegalStateException().isThrownBy(() -> ResultCipher.open("complaints", "key-1", sealed));
	}

	@Test
	void recordLocksDifferByCallerKeyAndOperation() {
		long lock = IdempotencyStore.lockId("retailer.xihu", "abc", "POST /api/licensing/applications");
		assertThat(IdempotencyStore.lockId("retailer.xihu", "abc", "POST /api/licensing/applications")).isEqualTo(lock);
		assertThat(IdempotencyStore.lockId("retailer.other", "abc", "POST /api/licensing/applications"))
			.isNotEqualTo(lock);
		assertThat(IdempotencyStore.lockId("retailer.xihu", "abd", "POST /api/licensing/applications"))
			.isNotEqualTo(lock);
		assertThat(IdempotencyStore.lockId("retailer.xihu", "abc", "POST /api/licensing/bundles")).isNotEqualTo(lock);
	}

}
