package cn.gov.tobacco.complaints.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;

/**
 * Opens the shared Redis connection at start-up: Lettuce connects synchronously the first
 * time, which must not happen on an event-loop thread during a request. A Redis that is
 * down at start-up is logged, not fatal (intake without Idempotency-Key works).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!migrate")
class RedisWarmUp {

	private static final Logger log = LoggerFactory.getLogger(RedisWarmUp.class);

	@Bean
	ApplicationRunner redisConnection(ReactiveRedisConnectionFactory factory) {
		return (args) -> {
			try {
				factory.getReactiveConnection().close();
			}
			catch (RuntimeException ex) {
				log.warn("Redis is not reachable at start-up: {}", ex.toString());
			}
		};
	}

}
