package cn.gov.tobacco.complaints.idempotency;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Reactive Redis calls take connections from the pool asynchronously instead of sharing
 * one native connection: Lettuce establishes a shared connection synchronously (on the
 * event loop of the request that finds it missing, e.g. after Redis was down).
 */
@Configuration(proxyBeanMethods = false)
class RedisConnections {

	@Bean
	static BeanPostProcessor pooledRedisConnections() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof LettuceConnectionFactory factory) {
					factory.setShareNativeConnection(false);
				}
				return bean;
			}
		};
	}

}
