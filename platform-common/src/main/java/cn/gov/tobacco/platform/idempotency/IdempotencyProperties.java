package cn.gov.tobacco.platform.idempotency;

import java.time.Duration;

/**
 * How a service remembers keys. Bind it under the service's own prefix.
 *
 * @param namespace the Redis key prefix of the service, e.g. {@code licensing}
 * @param ttl how long a finished request's result is replayed
 * @param inFlightTtl how long a running request blocks its key (if the service dies
 * mid-way, the key frees itself)
 */
public record IdempotencyProperties(String namespace, Duration ttl, Duration inFlightTtl) {

	public IdempotencyProperties {
		namespace = (namespace != null) ? namespace : "app";
		ttl = (ttl != null) ? ttl : Duration.ofHours(24);
		inFlightTtl = (inFlightTtl != null) ? inFlightTtl : Duration.ofSeconds(30);
	}

}
