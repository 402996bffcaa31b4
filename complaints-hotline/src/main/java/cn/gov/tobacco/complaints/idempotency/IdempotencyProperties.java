package cn.gov.tobacco.complaints.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long keys are remembered.
 *
 * @param ttl how long a finished request's result is replayed
 * @param inFlightTtl how long a running request blocks its key (if the service dies
 * mid-way, the key frees itself)
 */
@ConfigurationProperties("complaints.idempotency")
public record IdempotencyProperties(Duration ttl, Duration inFlightTtl) {

}
