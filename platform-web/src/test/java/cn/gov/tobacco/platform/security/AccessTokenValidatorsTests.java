package cn.gov.tobacco.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenValidatorsTests {

	private final OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
			AccessTokenValidators.of(new AccessTokenProperties("tobacco-platform-api", List.of("at+jwt"))));

	@Test
	void anAccessTokenForThePlatformIsValid() {
		assertThat(valid(token("at+jwt", (claims) -> {
		}))).isTrue();
	}

	@Test
	void anIdTokenIsNot() {
		assertThat(valid(token("JWT", (claims) -> claims.audience(List.of("platform-cli")).claim("nonce", "n"))))
			.isFalse();
	}

	@Test
	void aTypedTokenWithIdTokenClaimsIsNot() {
		assertThat(valid(token("at+jwt", (claims) -> claims.claim("nonce", "n")))).isFalse();
		assertThat(valid(token("at+jwt", (claims) -> claims.claim("at_hash", "x")))).isFalse();
		assertThat(valid(token("at+jwt", (claims) -> claims.claim("typ", "ID")))).isFalse();
	}

	@Test
	void aTokenForAnotherAudienceIsNot() {
		assertThat(valid(token("at+jwt", (claims) -> claims.audience(List.of("account"))))).isFalse();
	}

	@Test
	void anUntypedOrPlainJwtIsNot() {
		assertThat(valid(token(null, (claims) -> {
		}))).isFalse();
		assertThat(valid(token("JWT", (claims) -> {
		}))).isFalse();
	}

	private boolean valid(Jwt jwt) {
		return !this.validator.validate(jwt).hasErrors();
	}

	private static Jwt token(String type, Consumer<Jwt.Builder> changes) {
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("clerk.xihu")
			.audience(List.of("tobacco-platform-api"))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600));
		if (type != null) {
			builder.header("typ", type);
		}
		changes.accept(builder);
		return builder.build();
	}

}
