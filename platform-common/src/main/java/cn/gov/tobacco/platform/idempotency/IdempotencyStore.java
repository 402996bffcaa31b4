package cn.gov.tobacco.platform.idempotency;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import cn.gov.tobacco.platform.audit.AuditHash;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Remembers keys in Redis. The Redis key is a hash of namespace, caller scope and key; a
 * value is {@code P|fingerprint|claim token} while the first request runs and
 * {@code D|fingerprint|sealed result} after it succeeded. A failed first request frees
 * its key, so the client may retry with it.
 */
public class IdempotencyStore {

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private final ReactiveStringRedisTemplate redis;

	private final JsonMapper json;

	private final IdempotencyProperties properties;

	public IdempotencyStore(ReactiveStringRedisTemplate redis, JsonMapper json, IdempotencyProperties properties) {
		this.redis = redis;
		this.json = json;
		this.properties = properties;
	}

	/**
	 * Runs {@code work} once per scope and key.
	 * @param scope whose key it is (the caller's subject, or {@code anonymous})
	 * @param key the Idempotency-Key, or {@code null} to just run the work
	 * @param request what the request asked for (its JSON is the fingerprint)
	 */
	public <T> Mono<Idempotent<T>> once(String scope, String key, Object request, Class<T> type,
			Supplier<Mono<T>> work) {
		if (key == null) {
			return Mono.defer(work).map((value) -> new Idempotent<>(value, false));
		}
		return onceWithFingerprint(scope, key, fingerprint(request), type, work);
	}

	/**
	 * Runs {@code work} once per scope and key, for a request whose content the caller
	 * fingerprints itself (for example a form with a file, whose bytes are hashed on the
	 * way to storage).
	 * @param scope whose key it is (the caller's subject, or {@code anonymous})
	 * @param key the Idempotency-Key, or {@code null} to just run the work
	 * @param fingerprint a hash of the request content
	 */
	public <T> Mono<Idempotent<T>> onceWithFingerprint(String scope, String key, String fingerprint, Class<T> type,
			Supplier<Mono<T>> work) {
		if (key == null) {
			return Mono.defer(work).map((value) -> new Idempotent<>(value, false));
		}
		if (!KEY.matcher(key).matches()) {
			return Mono.error(ApiException.validation(List.of(FieldProblem.of("Idempotency-Key",
					"须为 1 到 200 个可见 ASCII 字符", "must be 1 to 200 visible ASCII characters"))));
		}
		String redisKey = redisKey(this.properties.namespace(), scope, key);
		// The claim carries a token of this request: if the client library re-sends the
		// SET
		// after a reconnect, the request still recognises its own claim.
		String claim = "P|" + fingerprint + "|" + UUID.randomUUID();
		return this.redis.opsForValue()
			.setIfAbsent(redisKey, claim, this.properties.inFlightTtl())
			.flatMap((claimed) -> claimed ? run(redisKey, key, fingerprint, work)
					: this.redis.opsForValue()
						.get(redisKey)
						.defaultIfEmpty("")
						.flatMap((current) -> current.equals(claim) ? run(redisKey, key, fingerprint, work)
								: existing(redisKey, key, fingerprint, type)));
	}

	/** The Redis key of a scope's Idempotency-Key. */
	public static String redisKey(String namespace, String scope, String key) {
		return namespace + ":idem:" + AuditHash.sha256(scope + "\n" + key);
	}

	/** The fingerprint of a request: the SHA-256 of its JSON. */
	public String fingerprint(Object request) {
		return AuditHash.sha256(this.json.writeValueAsString(request));
	}

	private <T> Mono<Idempotent<T>> run(String redisKey, String key, String fingerprint, Supplier<Mono<T>> work) {
		return Mono.defer(work)
			.flatMap((value) -> this.redis.opsForValue()
				.set(redisKey,
						"D|" + fingerprint + "|"
								+ ResultCipher.seal(this.properties.namespace(), key,
										this.json.writeValueAsBytes(value)),
						this.properties.ttl())
				.thenReturn(new Idempotent<>(value, false)))
			.onErrorResume((ex) -> this.redis.delete(redisKey).onErrorComplete().then(Mono.error(ex)));
	}

	private <T> Mono<Idempotent<T>> existing(String redisKey, String key, String fingerprint, Class<T> type) {
		return this.redis.opsForValue()
			.get(redisKey)
			.switchIfEmpty(Mono.error(IdempotencyStore::inFlight))
			.map((value) -> {
				String[] parts = value.split("\\|", 3);
				if ("P".equals(parts[0])) {
					throw inFlight();
				}
				if (!parts[1].equals(fingerprint)) {
					throw new ApiException(ProblemKind.IDEMPOTENCY_MISMATCH, Text.of("此幂等键已用于内容不同的请求",
							"This Idempotency-Key was used for a request with other content"));
				}
				byte[] plain = ResultCipher.open(this.properties.namespace(), key, parts[2]);
				return new Idempotent<>(this.json.readValue(plain, type), true);
			});
	}

	private static ApiException inFlight() {
		return new ApiException(ProblemKind.IDEMPOTENCY_IN_FLIGHT, Text.of("相同幂等键的请求仍在处理中，请稍后重试",
				"A request with this Idempotency-Key is still in progress; retry shortly"));
	}

}
