package cn.gov.tobacco.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Replaces Spring Cloud Gateway's rate limiter with {@link FailOpenRateLimiter}. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RedisRateLimiter redisRateLimiter(ReactiveStringRedisTemplate redis,
			@Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) RedisScript<List<Long>> script,
			ConfigurationService configuration, MeterRegistry registry,
			@Value("${gateway.rate-limit.timeout}") Duration timeout) {
		return new FailOpenRateLimiter(redis, script, configuration, registry, timeout);
	}

}
