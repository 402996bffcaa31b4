package cn.gov.tobacco.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service remembers keys ({@code platform.idempotency.*}).
 *
 * @param namespace the service's name, e.g. {@code licensing}: it goes into the
 * derivation of the key that seals stored results
 * @param ttl how long a finished request's result is replayed (the expiry job then
 * deletes the record)
 * @param inFlightTtl no longer used: a request in flight holds its key for as long as its
 * transaction runs, and a request that dies frees it at once (kept so existing
 * configuration still binds)
 */
@ConfigurationProperties("platform.idempotency")
public record IdempotencyProperties(String namespace, Duration ttl, Duration inFlightTtl) {

	public IdempotencyProperties {
		namespace = (namespace != null) ? namespace : "app";
		ttl = (ttl != null) ? ttl : Duration.ofHours(24);
		inFlightTtl = (inFlightTtl != null) ? inFlightTtl : Duration.ofSeconds(30);
	}

}
