package cn.gov.tobacco.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * A JWT decoder that checks a token's signature once, not on every request that carries
 * it. A browser or an app sends the same access token with each call for its lifetime
 * (minutes), and checking its RSA signature is most of what a bearer request costs the
 * gateway and a service.
 * <p>
 * Only a token the wrapped decoder accepted (signature, issuer, audience, type, expiry)
 * is kept, under its exact text, until it expires and at most {@code maxEntries} of them
 * (least recently used leave first). A kept token is checked for its time window again on
 * each use, as the wrapped decoder would, so an expired token is refused whether or not
 * it is kept. The issuer's key rotation is unaffected: a kept token was signed by a key
 * the issuer published when it was first seen, as the token itself stays the same.
 */
public final class VerifiedTokens implements ReactiveJwtDecoder {

	/** Kept tokens when nothing is configured: a few MB of heap at most. */
	public static final int DEFAULT_MAX_ENTRIES = 1024;

	private final ReactiveJwtDecoder delegate;

	private final OAuth2TokenValidator<Jwt> timeWindow;

	private final Cache<String, Jwt> verified;

	/**
	 * @param delegate the decoder that checks a token the first time
	 * @param maxEntries how many verified tokens to keep at most
	 * @param clock the clock of the expiry checks
	 */
	public VerifiedTokens(ReactiveJwtDecoder delegate, int maxEntries, Clock clock) {
		this.delegate = delegate;
		JwtTimestampValidator timestamps = new JwtTimestampValidator();
		timestamps.setClock(clock);
		this.timeWindow = timestamps;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maxEntries)
			.expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt, clock)))
			.build();
	}

	public VerifiedTokens(ReactiveJwtDecoder delegate) {
		this(delegate, DEFAULT_MAX_ENTRIES, Clock.systemUTC());
	}

	@Override
	public Mono<Jwt> decode(String token) throws JwtException {
		Jwt known = this.verified.getIfPresent(token);
		if (known == null) {
			return this.delegate.decode(token).doOnNext((jwt) -> this.verified.put(token, jwt));
		}
		OAuth2TokenValidatorResult result = this.timeWindow.validate(known);
		if (result.hasErrors()) {
			this.verified.invalidate(token);
			return Mono.error(new JwtValidationException("The token is outside its time window", result.getErrors()));
		}
		return Mono.just(known);
	}

	/** How many verified tokens are kept now (tests, metrics). */
	public long size() {
		this.verified.cleanUp();
		return this.verified.estimatedSize();
	}

	/**
	 * Until the token expires; not at all if it has no expiry (the wrapped decoder
	 * decides).
	 */
	private static Duration lifetime(Jwt jwt, Clock clock) {
		Instant expires = jwt.getExpiresAt();
		if (expires == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(clock.instant(), expires);
		return left.isNegative() ? Duration.ZERO : left;
	}

}
