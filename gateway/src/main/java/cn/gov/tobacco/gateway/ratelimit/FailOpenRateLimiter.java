package cn.gov.tobacco.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The Redis rate limiter, failing open loudly and quickly. {@link RedisRateLimiter}
 * already lets a request pass when Redis answers with an error, silently; this one also
 * passes a request whose Redis call takes longer than {@code timeout} (Redis hanging, not
 * refusing), and for every request let through unlimited counts
 * {@code gateway_rate_limit_fail_open_total{route,reason}} and logs a warning (at most
 * once a minute, so an outage does not flood the log).
 */
class FailOpenRateLimiter extends RedisRateLimiter {

	static final String FAIL_OPEN = "gateway.rate.limit.fail.open";

	/**
	 * Not the class's own logger: the parent logs every Redis error with its stack trace
	 * under the class name, which {@code application.yml} silences in favour of this
	 * line.
	 */
	private static final Logger log = LoggerFactory.getLogger("cn.gov.tobacco.gateway.ratelimit.FailOpen");

	private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

	private final MeterRegistry registry;

	private final Duration timeout;

	private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

	FailOpenRateLimiter(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script,
			ConfigurationService configuration, MeterRegistry registry, Duration timeout) {
		super(redis, script, configuration);
		this.registry = registry;
		this.timeout = timeout;
	}

	/**
	 * The parent answers "-1 tokens left" exactly when Redis failed and it let the
	 * request pass.
	 */
	@Override
	public Mono<Response> isAllowed(String routeId, String id) {
		return super.isAllowed(routeId, id).doOnNext((response) -> {
			if ("-1".equals(response.getHeaders().get(getRemainingHeader()))) {
				failedOpen(routeId, "error");
			}
		}).timeout(this.timeout, Mono.fromSupplier(() -> {
			failedOpen(routeId, "timeout");
			return new Response(true, Map.of());
		}));
	}

	private void failedOpen(String routeId, String reason) {
		String route = (routeId != null) ? routeId : "unknown";
		Counter.builder(FAIL_OPEN)
			.description("Requests let through without a rate limit because Redis failed or was too slow")
			.tag("route", route)
			.tag("reason", reason)
			.register(this.registry)
			.increment();
		long now = System.nanoTime();
		long last = this.lastLogged.get();
		if (now - last >= LOG_EVERY_NANOS && this.lastLogged.compareAndSet(last, now)) {
			log.warn("Rate limiting fails open on route {} ({}): Redis is unreachable or slow; requests pass "
					+ "unlimited until it answers again", route, reason);
		}
	}

}
