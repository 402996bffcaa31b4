package cn.gov.tobacco.complaints.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Remembers keys in Redis. The Redis key is a hash of caller scope and key; a stored
 * result is encrypted with a key derived from the Idempotency-Key itself, so Redis never
 * holds a tracking code readable without it.
 */
@Component
public class IdempotencyStore {

	private static final String PREFIX = "complaints:idem:";

	private final ReactiveStringRedisTemplate redis;

	private final JsonMapper json;

	private final IdempotencyProperties properties;

	IdempotencyStore(ReactiveStringRedisTemplate redis, JsonMapper json, IdempotencyProperties properties) {
		this.redis = redis;
		this.json = json;
		this.properties = properties;
	}

	/**
	 * Runs {@code work} once per scope and key.
	 * @param scope whose key it is (caller subject or {@code anonymous})
	 * @param key the Idempotency-Key, or {@code null} to just run the work
	 * @param fingerprint a hash of the request content
	 */
	public <T> Mono<Idempotent<T>> once(String scope, String key, String fingerprint, Class<T> type,
			Supplier<Mono<T>> work) {
		if (key == null) {
			return Mono.defer(work).map((value) -> new Idempotent<>(value, false));
		}
		String redisKey = PREFIX + sha256(scope + "\n" + key);
		// The claim carries a token of this request: if the client library re-sends the
		// SET after a reconnect, the request still recognises its own claim.
		String claim = "P|" + fingerprint + "|" + java.util.UUID.randomUUID();
		return this.redis.opsForValue()
			.setIfAbsent(redisKey, claim, this.properties.inFlightTtl())
			.flatMap((claimed) -> claimed ? run(redisKey, key, fingerprint, work)
					: this.redis.opsForValue()
						.get(redisKey)
						.defaultIfEmpty("")
						.flatMap((current) -> current.equals(claim) ? run(redisKey, key, fingerprint, work)
								: existing(redisKey, key, fingerprint, type)));
	}

	private <T> Mono<Idempotent<T>> run(String redisKey, String key, String fingerprint, Supplier<Mono<T>> work) {
		return Mono.defer(work)
			.flatMap((value) -> this.redis.opsForValue()
				.set(redisKey, "D|" + fingerprint + "|" + ResultCipher.seal(key, this.json.writeValueAsBytes(value)),
						this.properties.ttl())
				.thenReturn(new Idempotent<>(value, false)))
			.onErrorResume((ex) -> this.redis.delete(redisKey).onErrorComplete().then(Mono.error(ex)));
	}

	private <T> Mono<Idempotent<T>> existing(String redisKey, String key, String fingerprint, Class<T> type) {
		return this.redis.opsForValue().get(redisKey).switchIfEmpty(Mono.error(IdempotencyStore::inFlight)).map((v) -> {
			String[] parts = v.split("\\|", 3);
			if (!parts[1].equals(fingerprint)) {
				throw new ApiException(ProblemKind.IDEMPOTENCY_MISMATCH,
						Text.of("此幂等键已用于内容不同的请求", "This Idempotency-Key was used for a request with other content"));
			}
			if ("P".equals(parts[0])) {
				throw inFlight();
			}
			return new Idempotent<>(this.json.readValue(ResultCipher.open(key, parts[2]), type), true);
		});
	}

	private static ApiException inFlight() {
		return new ApiException(ProblemKind.IDEMPOTENCY_IN_FLIGHT, Text.of("相同幂等键的请求仍在处理中，请稍后重试",
				"A request with this Idempotency-Key is still in progress; retry shortly"));
	}

	public static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
