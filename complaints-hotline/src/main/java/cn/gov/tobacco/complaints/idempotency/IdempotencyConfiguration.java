package cn.gov.tobacco.complaints.idempotency;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import cn.gov.tobacco.platform.idempotency.IdempotencyProperties;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;

/**
 * platform-common's idempotency store under the {@code complaints} namespace
 * ({@code complaints.idempotency.*}): the same Redis keys and sealed results this service
 * wrote before it shared the code, so keys in flight across an upgrade keep working.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	@Bean
	IdempotencyStore idempotencyStore(ReactiveStringRedisTemplate redis, JsonMapper json, Environment environment) {
		IdempotencyProperties properties = Binder.get(environment)
			.bindOrCreate("complaints.idempotency", IdempotencyProperties.class);
		return new IdempotencyStore(redis, json, properties);
	}

}
