package cn.gov.tobacco.complaints.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox publishing.
 *
 * @param batchSize rows claimed per run
 * @param retryInitial the wait after a failed delivery before the row is tried again
 * (doubling per failure)
 * @param retryMax the longest wait between attempts
 * @param lease how long a claimed batch is reserved while its rows are delivered (no
 * transaction is held meanwhile); a dead publisher's rows are offered again after it
 */
@ConfigurationProperties("complaints.outbox")
public record OutboxProperties(int batchSize, Duration retryInitial, Duration retryMax, Duration lease) {

	public OutboxProperties {
		lease = (lease != null) ? lease : Duration.ofMinutes(5);
	}

}
