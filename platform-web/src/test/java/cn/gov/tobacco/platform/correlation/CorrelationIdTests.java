package cn.gov.tobacco.platform.correlation;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdTests {

	@Test
	void wellFormedIncomingIdIsKept() {
		assertThat(CorrelationId.acceptOrGenerate("abc-123_45.x")).isEqualTo("abc-123_45.x");
	}

	@Test
	void malformedOrMissingIdIsReplaced() {
		assertThat(CorrelationId.acceptOrGenerate("short")).hasSize(36).isNotEqualTo("short");
		assertThat(CorrelationId.acceptOrGenerate("evil\r\nSet-Cookie: x=y")).hasSize(36);
		assertThat(CorrelationId.acceptOrGenerate(null)).hasSize(36);
		assertThat(CorrelationId.acceptOrGenerate("a".repeat(65))).hasSize(36);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abcdefgh", "req-2026.11_22",
			"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
			"5b0c3a5e-8f1d-4f0e-9d7a-2c1b3e4f5a6b" })
	void wellFormedIdsAreKept(String incoming) {
		assertThat(CorrelationId.isWellFormed(incoming)).isTrue();
		assertThat(CorrelationId.acceptOrGenerate(incoming)).isEqualTo(incoming);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "short", "abcdefg", "has space in it", "semi;colon1", "中文关联编号八个字",
			"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", "line\nbreak123",
			"<script>alert(1)</script>" })
	void malformedIdsAreReplacedByARandomUuid(String incoming) {
		assertThat(CorrelationId.isWellFormed(incoming)).isFalse();
		String id = CorrelationId.acceptOrGenerate(incoming);
		assertThat(id).isNotEqualTo(incoming);
		assertThat(UUID.fromString(id)).isNotNull();
		assertThat(CorrelationId.isWellFormed(id)).isTrue();
	}

	@Test
	void generatedIdsDiffer() {
		assertThat(CorrelationId.acceptOrGenerate(null)).isNotEqualTo(CorrelationId.acceptOrGenerate(null));
	}

}
