package cn.gov.tobacco.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;

import cn.gov.tobacco.platform.audit.AuditHash;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Remembers keys in the service's own PostgreSQL table {@code idempotency_record}, in the
 * same transaction as the write the key guards: the work and the record of its sealed
 * result commit together or not at all. A record is keyed by caller (scope), a hash of
 * the key, and the operation (method and route of the request); it holds the request's
 * fingerprint and the result sealed with a key derived from the Idempotency-Key.
 * <p>
 * While the first request runs, its transaction holds a transaction-level advisory lock
 * on the record's key: a concurrent request with the same key finds the lock taken and is
 * answered 409 at once; a request that fails or whose service dies rolls back, which
 * frees the key with nothing written. After the commit a repeat finds the record: the
 * same content replays the result, other content is 422.
 */
public class IdempotencyStore {

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	private final JsonMapper json;

	private final IdempotencyProperties properties;

	private final Clock clock;

	public IdempotencyStore(DatabaseClient db, TransactionalOperator tx, JsonMapper json,
			IdempotencyProperties properties, Clock clock) {
		this.db = db;
		this.tx = tx;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Runs {@code work} once per scope, key and operation.
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
	 * Runs {@code work} once per scope, key and operation, for a request whose content
	 * the caller fingerprints itself (for example a form with a file, whose bytes are
	 * hashed on the way to storage).
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
		return Mono.deferContextual((context) -> {
			String operation = operation(context.getOrEmpty(ServerWebExchangeContextFilter.EXCHANGE_CONTEXT_ATTRIBUTE)
				.map(ServerWebExchange.class::cast)
				.orElse(null));
			RecordKey record = new RecordKey(scope, AuditHash.sha256(key), operation);
			return claim(record)
				.flatMap((claimed) -> claimed ? Mono.just(true) : Mono.error(IdempotencyStore::inFlight))
				.then(existing(record, key, fingerprint, type))
				.switchIfEmpty(Mono.defer(work)
					.flatMap((value) -> seal(record, key, fingerprint, value)
						.thenReturn(new Idempotent<>(value, false))))
				.as(this.tx::transactional)
				.onErrorMap(DataIntegrityViolationException.class, (ex) -> inFlight());
		});
	}

	/** The fingerprint of a request: the SHA-256 of its JSON. */
	public String fingerprint(Object request) {
		return AuditHash.sha256(this.json.writeValueAsString(request));
	}

	/**
	 * The operation a key is remembered for: the request's method and matched route
	 * ({@code POST /api/x/{id}/documents}), so one key may be used for two operations.
	 */
	public static String operation(ServerWebExchange exchange) {
		if (exchange == null) {
			return "-";
		}
		Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String route = (pattern != null) ? pattern.toString() : exchange.getRequest().getPath().value();
		return exchange.getRequest().getMethod().name() + " " + route;
	}

	/**
	 * The advisory lock a request holds on its key while it runs (tests hold it to
	 * simulate a request in flight).
	 */
	public static long lockId(String scope, String key, String operation) {
		return lockId(new RecordKey(scope, AuditHash.sha256(key), operation));
	}

	private static long lockId(RecordKey record) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("idempotency\n" + record.scope() + "\n" + record.keyHash() + "\n" + record.operation())
					.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Mono<Boolean> claim(RecordKey record) {
		return this.db.sql("select pg_try_advisory_xact_lock(:lock)")
			.bind("lock", lockId(record))
			.map((row) -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
			.one();
	}

	private <T> Mono<Idempotent<T>> existing(RecordKey record, String key, String fingerprint, Class<T> type) {
		return this.db
			.sql("select fingerprint, sealed_result from idempotency_record "
					+ "where scope = :scope and key_hash = :keyHash and operation = :operation and expires_at > :now")
			.bind("scope", record.scope())
			.bind("keyHash", record.keyHash())
			.bind("operation", record.operation())
			.bind("now", now().atOffset(ZoneOffset.UTC))
			.map((row) -> new String[] { row.get("fingerprint", String.class), row.get("sealed_result", String.class) })
			.one()
			.map((row) -> {
				if (!row[0].equals(fingerprint)) {
					throw new ApiException(ProblemKind.IDEMPOTENCY_MISMATCH, Text.of("此幂等键已用于内容不同的请求",
							"This Idempotency-Key was used for a request with other content"));
				}
				byte[] plain = ResultCipher.open(this.properties.namespace(), key, row[1]);
				return new Idempotent<>(this.json.readValue(plain, type), true);
			});
	}

	private Mono<Void> seal(RecordKey record, String key, String fingerprint, Object value) {
		Instant now = now();
		// An expired record the expiry job has not deleted yet gives way to the new one.
		return this.db
			.sql("insert into idempotency_record (scope, key_hash, operation, fingerprint, sealed_result, created_at, "
					+ "expires_at) values (:scope, :keyHash, :operation, :fingerprint, :sealed, :now, :expires) "
					+ "on conflict (scope, key_hash, operation) do update set fingerprint = excluded.fingerprint, "
					+ "sealed_result = excluded.sealed_result, created_at = excluded.created_at, "
					+ "expires_at = excluded.expires_at where idempotency_record.expires_at <= :now")
			.bind("scope", record.scope())
			.bind("keyHash", record.keyHash())
			.bind("operation", record.operation())
			.bind("fingerprint", fingerprint)
			.bind("sealed", ResultCipher.seal(this.properties.namespace(), key, this.json.writeValueAsBytes(value)))
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("expires", now.plus(this.properties.ttl()).atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.flatMap((n) -> (n == 1) ? Mono.<Void>empty() : Mono.error(inFlight()));
	}

	/** Deletes the records whose replay period has passed; the count of deleted rows. */
	public Mono<Long> expire() {
		return this.db.sql("delete from idempotency_record where expires_at <= :now")
			.bind("now", now().atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated();
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	private static ApiException inFlight() {
		return new ApiException(ProblemKind.IDEMPOTENCY_IN_FLIGHT, Text.of("相同幂等键的请求仍在处理中，请稍后重试",
				"A request with this Idempotency-Key is still in progress; retry shortly"));
	}

	private record RecordKey(String scope, String keyHash, String operation) {
	}

}
