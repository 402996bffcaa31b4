package cn.gov.tobacco.platform.correlation;

import org.junit.jupiter.api.Test;

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

}
