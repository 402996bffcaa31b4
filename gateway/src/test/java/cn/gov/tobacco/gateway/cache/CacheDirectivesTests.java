package cn.gov.tobacco.gateway.cache;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CacheDirectivesTests {

	@Test
	void directivesOfSeveralLinesAreReadWithoutCaseOrQuotes() {
		CacheDirectives directives = CacheDirectives.of(List.of("Public, MAX-AGE=0", "s-maxage=\"10\", no-transform"));
		assertThat(directives.has("public")).isTrue();
		assertThat(directives.has("no-transform")).isTrue();
		assertThat(directives.has("private")).isFalse();
		assertThat(directives.seconds("max-age")).hasValue(0L);
		assertThat(directives.seconds("s-maxage")).hasValue(10L);
	}

	@Test
	void aMalformedOrMissingDeltaCountsAsAbsent() {
		CacheDirectives directives = CacheDirectives
			.of(List.of("max-age=-1, s-maxage=1e3, stale-if-error=99999999999, min-fresh="));
		assertThat(directives.seconds("max-age")).isEmpty();
		assertThat(directives.seconds("s-maxage")).isEmpty();
		assertThat(directives.seconds("stale-if-error")).as("more digits than a cache would honour").isEmpty();
		assertThat(directives.seconds("min-fresh")).isEmpty();
		assertThat(directives.seconds("max-stale")).isEmpty();
		assertThat(CacheDirectives.of(null).has("public")).isFalse();
	}

	@Test
	void theFirstOfARepeatedDirectiveCounts() {
		assertThat(CacheDirectives.of(List.of("max-age=5, max-age=600")).seconds("max-age")).hasValue(5L);
	}

}
