package cn.gov.tobacco.gateway.cache;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A shared cache (RFC 9111) in front of the services for the public reads anonymous
 * callers make most: the working calendar, a license check, the complaint categories.
 * Only what a service marks {@code public} with a freshness ({@code s-maxage}, else
 * {@code max-age}) is kept, for that long and never longer than
 * {@code gateway.public-cache.max-ttl}; the services decide what may be shared and for
 * how long, the gateway only honours it.
 * <p>
 * Never shared: a request with an {@code Authorization} header or a session cookie (an
 * ADMIN's page reads the service itself and sees an edit at once), anything but a GET, a
 * range, an answer other than 200, one that sets a cookie, is {@code private},
 * {@code no-store} or {@code no-cache}, is encoded, or varies by a header not in the key.
 * The key is the path and query with {@code Accept} and {@code Accept-Language}. A kept
 * answer carries only the service's content headers and its {@code Age}; a current
 * {@code If-None-Match} is a 304. Each replica keeps its own copy; the cache is bounded
 * by weight ({@code max-size}) and per entry ({@code max-entry-size}).
 */
@Component
@ConditionalOnBooleanProperty(name = "gateway.public-cache.enabled", matchIfMissing = true)
class PublicReadCacheFilter implements GlobalFilter, Ordered {

	/** The service's headers a kept answer repeats; everything else is per request. */
	private static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
			HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.VARY);

	/**
	 * The request headers an answer may vary by: the key holds Accept and
	 * Accept-Language, and Accept-Encoding is never sent to the service.
	 */
	private static final Set<String> KEYED_HEADERS = Set.of("accept", "accept-language", "accept-encoding");

	private final List<PathPattern> paths;

	private final Duration maxTtl;

	private final int maxEntrySize;

	private final WebSessionIdResolver sessionCookie;

	private final Cache<Key, Entry> cache;

	PublicReadCacheFilter(PublicCacheProperties properties, ObjectProvider<WebSessionIdResolver> sessionIds,
			MeterRegistry registry) {
		this.paths = properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.maxTtl = properties.maxTtl();
		this.maxEntrySize = Math.toIntExact(properties.maxEntrySize().toBytes());
		this.sessionCookie = sessionIds.getIfAvailable(CookieWebSessionIdResolver::new);
		this.cache = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((Key key, Entry entry) -> entry.body().length + key.weight())
			.expireAfter(Expiry.creating((Key key, Entry entry) -> entry.ttl()))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(registry, this.cache, "gateway.public-reads");
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!shared(exchange)) {
			return chain.filter(exchange);
		}
		Key key = Key.of(request);
		Entry kept = refreshRequested(request) ? null : this.cache.getIfPresent(key);
		if (kept != null) {
			return answer(exchange, kept);
		}
		// The service answers in full and unencoded, as kept: the gateway's own
		// compression encodes each answer for its caller, and answers the caller's
		// If-None-Match itself (a conditional read passed on would be a 304 with nothing
		// to keep, and once the kept copy expired, callers that revalidate would never
		// refill it).
		ServerHttpRequest whole = request.mutate().headers((headers) -> {
			headers.remove(HttpHeaders.ACCEPT_ENCODING);
			headers.remove(HttpHeaders.IF_NONE_MATCH);
			headers.remove(HttpHeaders.IF_MODIFIED_SINCE);
		}).build();
		List<String> ifNoneMatch = ifNoneMatch(request);
		return chain.filter(exchange.mutate()
			.request(whole)
			.response(new KeepingResponse(exchange.getResponse(), key, ifNoneMatch))
			.build());
	}

	/** Before the service's answer is written (NettyWriteResponseFilter's write). */
	@Override
	public int getOrder() {
		return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
	}

	private boolean shared(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		HttpHeaders headers = request.getHeaders();
		return request.getMethod() == HttpMethod.GET && !headers.containsHeader(HttpHeaders.AUTHORIZATION)
				&& !headers.containsHeader(HttpHeaders.RANGE)
				&& this.sessionCookie.resolveSessionIds(exchange).isEmpty()
				&& this.paths.stream().anyMatch((p) -> p.matches(request.getPath().pathWithinApplication()));
	}

	private static boolean refreshRequested(ServerHttpRequest request) {
		return CacheDirectives.of(request.getHeaders().get(HttpHeaders.CACHE_CONTROL)).has("no-cache");
	}

	private static Mono<Void> answer(ServerWebExchange exchange, Entry kept) {
		ServerHttpResponse response = exchange.getResponse();
		HttpHeaders headers = response.getHeaders();
		headers.addAll(kept.headers());
		headers.set(HttpHeaders.AGE, Long.toString(kept.age().toSeconds()));
		if (matches(kept.headers().getETag(), ifNoneMatch(exchange.getRequest()))) {
			return notModified(response);
		}
		response.setStatusCode(HttpStatus.OK);
		headers.setContentLength(kept.body().length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(kept.body())));
	}

	private static Mono<Void> notModified(ServerHttpResponse response) {
		response.setStatusCode(HttpStatus.NOT_MODIFIED);
		HttpHeaders headers = response.getHeaders();
		headers.remove(HttpHeaders.CONTENT_TYPE);
		headers.remove(HttpHeaders.CONTENT_LANGUAGE);
		headers.remove(HttpHeaders.CONTENT_LENGTH);
		headers.remove(HttpHeaders.TRANSFER_ENCODING);
		return response.setComplete();
	}

	/**
	 * The caller's entity tags; a malformed If-None-Match is ignored (the whole answer is
	 * sent), never an error.
	 */
	private static List<String> ifNoneMatch(ServerHttpRequest request) {
		try {
			return request.getHeaders().getIfNoneMatch();
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	/** Weak comparison (RFC 9110, 13.1.2), as a cache answering GET does. */
	static boolean matches(String etag, List<String> ifNoneMatch) {
		if (etag == null || ifNoneMatch.isEmpty()) {
			return false;
		}
		String opaque = opaque(etag);
		return ifNoneMatch.stream().anyMatch((tag) -> "*".equals(tag.trim()) || opaque.equals(opaque(tag)));
	}

	private static String opaque(String tag) {
		String trimmed = tag.trim();
		return trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
	}

	/** How long the service lets a shared cache keep the answer, or zero. */
	private Duration freshness(ServerHttpResponse response) {
		HttpHeaders headers = response.getHeaders();
		if (response.getStatusCode() != HttpStatus.OK || headers.containsHeader(HttpHeaders.SET_COOKIE)
				|| headers.containsHeader(HttpHeaders.CONTENT_ENCODING) || !variesOnlyByKey(headers)) {
			return Duration.ZERO;
		}
		CacheDirectives directives = CacheDirectives.of(headers.get(HttpHeaders.CACHE_CONTROL));
		if (!directives.has("public") || directives.has("private") || directives.has("no-store")
				|| directives.has("no-cache")) {
			return Duration.ZERO;
		}
		long seconds = directives.seconds("s-maxage").orElseGet(() -> directives.seconds("max-age").orElse(0L));
		Duration allowed = Duration.ofSeconds(Math.max(0, seconds));
		return (allowed.compareTo(this.maxTtl) > 0) ? this.maxTtl : allowed;
	}

	private static boolean variesOnlyByKey(HttpHeaders headers) {
		return headers.getVary()
			.stream()
			.allMatch((name) -> KEYED_HEADERS.contains(name.trim().toLowerCase(Locale.ROOT)));
	}

	/**
	 * A request's key: what the service's answer may depend on for an anonymous caller.
	 */
	record Key(String pathAndQuery, String accept, String acceptLanguage) {

		static Key of(ServerHttpRequest request) {
			HttpHeaders headers = request.getHeaders();
			String query = request.getURI().getRawQuery();
			String path = request.getURI().getRawPath();
			return new Key((query != null) ? path + "?" + query : path, joined(headers.get(HttpHeaders.ACCEPT)),
					joined(headers.get(HttpHeaders.ACCEPT_LANGUAGE)));
		}

		private static String joined(List<String> values) {
			return (values != null) ? String.join(",", values) : "";
		}

		int weight() {
			return this.pathAndQuery.length() + this.accept.length() + this.acceptLanguage.length();
		}

	}

	/** A kept answer: the service's content headers and body, and when it was kept. */
	record Entry(HttpHeaders headers, byte[] body, long keptAtNanos, Duration ttl) {

		Duration age() {
			return Duration.ofNanos(System.nanoTime() - this.keptAtNanos);
		}

	}

	/**
	 * Passes the service's answer on unchanged and, where the service allows sharing it,
	 * keeps a copy once the whole body has passed (an answer cut short is not kept);
	 * where the caller already holds that answer (its If-None-Match), the body is kept
	 * but the caller gets a 304.
	 */
	private final class KeepingResponse extends ServerHttpResponseDecorator {

		private final Key key;

		private final List<String> ifNoneMatch;

		KeepingResponse(ServerHttpResponse delegate, Key key, List<String> ifNoneMatch) {
			super(delegate);
			this.key = key;
			this.ifNoneMatch = ifNoneMatch;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			Duration ttl = freshness(getDelegate());
			if (ttl.isZero()) {
				return super.writeWith(body);
			}
			HttpHeaders kept = new HttpHeaders();
			getHeaders().forEach((name, values) -> {
				if (KEPT_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
					kept.put(name, List.copyOf(values));
				}
			});
			long keptAt = System.nanoTime();
			Copy copy = new Copy(PublicReadCacheFilter.this.maxEntrySize);
			Runnable keep = () -> copy.bytes()
				.ifPresent(
						(bytes) -> PublicReadCacheFilter.this.cache.put(this.key, new Entry(kept, bytes, keptAt, ttl)));
			if (matches(kept.getETag(), this.ifNoneMatch)) {
				return Flux.from(body)
					.doOnNext(copy::append)
					.doOnNext(DataBufferUtils::release)
					.then(Mono.fromRunnable(keep))
					.then(Mono.defer(() -> notModified(getDelegate())));
			}
			return super.writeWith(Flux.from(body).doOnNext(copy::append).doOnComplete(keep));
		}

	}

	/** The body's bytes as they pass, up to a bound (beyond it nothing is kept). */
	private static final class Copy {

		private final int limit;

		private ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		Copy(int limit) {
			this.limit = limit;
		}

		void append(DataBuffer buffer) {
			if (this.bytes == null) {
				return;
			}
			int length = buffer.readableByteCount();
			if (this.bytes.size() + length > this.limit) {
				this.bytes = null;
				return;
			}
			byte[] chunk = new byte[length];
			int position = buffer.readPosition();
			buffer.read(chunk);
			buffer.readPosition(position);
			this.bytes.writeBytes(chunk);
		}

		Optional<byte[]> bytes() {
			return Optional.ofNullable(this.bytes).map(ByteArrayOutputStream::toByteArray);
		}

	}

}
