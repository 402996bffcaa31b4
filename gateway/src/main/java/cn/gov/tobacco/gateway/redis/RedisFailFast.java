package cn.gov.tobacco.gateway.redis;

import io.lettuce.core.ClientOptions;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * While the connection to Redis is down, Lettuce would buffer commands until the command
 * timeout; rejecting them at once lets the rate limiter fail open and sessions fail with
 * a 503 without waiting. {@code spring.data.redis.timeout} and
 * {@code spring.data.redis.connect-timeout} bound the rest.
 */
@Component
class RedisFailFast implements LettuceClientOptionsBuilderCustomizer {

	@Override
	public void customize(ClientOptions.Builder options) {
		options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
	}

}
