package cn.gov.tobacco.licensing.audit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.gov.tobacco.platform.outbox.EventSubscriber;

/**
 * Where licensing's events go: CloudEvents over HTTP to each subscriber of their type.
 *
 * @param source the CloudEvents {@code source}
 * @param typePrefix put before the outbox type to make the CloudEvents {@code type}
 * @param timeout the timeout of one delivery
 * @param batchSize how many events one publisher run takes
 * @param retryInitial the wait after a first failed delivery, doubling per failure
 * @param retryMax the longest wait between two attempts
 * @param subscribers who takes which event types (configuration, not code)
 */
@ConfigurationProperties("licensing.events")
public record EventsProperties(String source, String typePrefix, Duration timeout, int batchSize, Duration retryInitial,
		Duration retryMax, List<EventSubscriber> subscribers) {

	public EventsProperties {
		subscribers = (subscribers != null) ? List.copyOf(subscribers) : List.of();
	}

}
