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
	void redisKeysAreNamespacedAndHashed() {
		String key = IdempotencyStore.redisKey("licensing", "retailer.xihu", "abc");
		assertThat(key).startsWith("licensing:idem:")
			.doesNotContain("retailer")
			.hasSize("licensing:idem:".length() + 64);
	}

}
