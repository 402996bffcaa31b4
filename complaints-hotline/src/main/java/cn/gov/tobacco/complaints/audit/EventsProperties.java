package cn.gov.tobacco.complaints.audit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.gov.tobacco.platform.outbox.EventSubscriber;

/**
 * Where complaints' events go that no {@link EventRoute} takes: CloudEvents over HTTP to
 * each subscriber of their type.
 *
 * @param source the CloudEvents {@code source}
 * @param typePrefix put before the outbox type to make the CloudEvents {@code type}
 * @param timeout the timeout of one delivery
 * @param subscribers who takes which event types (configuration, not code)
 */
@ConfigurationProperties("complaints.events")
public record EventsProperties(String source, String typePrefix, Duration timeout, List<EventSubscriber> subscribers) {

	public EventsProperties {
		subscribers = (subscribers != null) ? List.copyOf(subscribers) : List.of();
	}

}
