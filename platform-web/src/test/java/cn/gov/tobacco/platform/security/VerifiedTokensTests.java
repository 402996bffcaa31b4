package cn.gov.tobacco.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTests {

	private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	private final AtomicInteger checks = new AtomicInteger();

	private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

	private final Clock clock = new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return VerifiedTokensTests.this.now.get();
		}

	};

	/** Accepts "good-*" tokens expiring in 5 minutes, refuses every other. */
	private final ReactiveJwtDecoder issuerChecks = (token) -> {
		this.checks.incrementAndGet();
		if (!token.startsWith("good")) {
			return Mono.error(new BadJwtException("bad signature"));
		}
		return Mono.just(jwt(token, NOW.plusSeconds(300)));
	};

	@Test
	void aTokenIsCheckedOnceWhileItIsValid() {
		VerifiedTokens tokens = new VerifiedTokens(this.issuerChecks, 16, this.clock);
		for (int i = 0; i < 5; i++) {
			StepVerifier.create(tokens.decode("good-a"))
				.assertNext((jwt) -> assertThat(jwt.getSubject()).isEqualTo("good-a"))
				.verifyComplete();
		}
		assertThat(this.checks).hasValue(1);
		assertThat(tokens.size()).isEqualTo(1);
	}

	@Test
	void aRefusedTokenIsNeverKeptAndIsCheckedEachTime() {
		VerifiedTokens tokens = new VerifiedTokens(this.issuerChecks, 16, this.clock);
		StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
		StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
		assertThat(this.checks).hasValue(2);
		assertThat(tokens.size()).isZero();
	}

	@Test
	void aKeptTokenIsRefusedOnceItHasExpired() {
		VerifiedTokens tokens = new VerifiedTokens(this.issuerChecks, 16, this.clock);
		StepVerifier.create(tokens.decode("good-b")).expectNextCount(1).verifyComplete();
		// past its expiry and the 60 s skew every JWT check allows
		this.now.set(NOW.plusSeconds(300 + 61));
		StepVerifier.create(tokens.decode("good-b"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(JwtValidationException.class)
				.hasMessageContaining("time window"))
			.verify();
		assertThat(tokens.size()).isZero();
	}

	@Test
	void keepsAtMostItsBound() {
		VerifiedTokens tokens = new VerifiedTokens(this.issuerChecks, 3, this.clock);
		for (int i = 0; i < 50; i++) {
			StepVerifier.create(tokens.decode("good-" + i)).expectNextCount(1).verifyComplete();
		}
		assertThat(tokens.size()).isLessThanOrEqualTo(3);
		assertThat(this.checks).hasValue(50);
	}

	@Test
	void tokensDifferingInOneCharacterAreCheckedApart() {
		VerifiedTokens tokens = new VerifiedTokens(this.issuerChecks, 16, this.clock);
		StepVerifier.create(tokens.decode("good-c")).expectNextCount(1).verifyComplete();
		StepVerifier.create(tokens.decode("good-C")).expectNextCount(1).verifyComplete();
		StepVerifier.create(tokens.decode("goad-c")).expectError(BadJwtException.class).verify();
		assertThat(this.checks).hasValue(3);
	}

	private static Jwt jwt(String subject, Instant expires) {
		return Jwt.withTokenValue(subject)
			.header("alg", "RS256")
			.subject(subject)
			.issuedAt(NOW.minusSeconds(10))
			.expiresAt(expires)
			.build();
	}

}
