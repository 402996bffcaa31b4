package cn.gov.tobacco.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service's outbox is published ({@code platform.outbox.*}).
 *
 * @param batchSize rows claimed per run
 * @param retryInitial the wait after a failed delivery before the row is tried again
 * (doubling per failure)
 * @param retryMax the longest wait between attempts
 * @param lease how long a claimed batch is reserved while its rows are delivered (no
 * transaction is held meanwhile); a dead publisher's rows are offered again after it
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(@DefaultValue("100") int batchSize, @DefaultValue("10s") Duration retryInitial,
		@DefaultValue("1h") Duration retryMax, @DefaultValue("5m") Duration lease) {

	/** The back-off of this configuration. */
	public OutboxRetry retry() {
		return new OutboxRetry(this.retryInitial, this.retryMax, this.lease);
	}

}
