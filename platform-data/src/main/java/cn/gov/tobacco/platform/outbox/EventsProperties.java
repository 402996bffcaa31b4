package cn.gov.tobacco.platform.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a service's events go that no {@link EventRoute} takes
 * ({@code platform.events.*}): CloudEvents over HTTP to each subscriber of their type.
 *
 * @param source the CloudEvents {@code source}, e.g. {@code /licensing-service}
 * @param typePrefix put before the outbox type to make the CloudEvents {@code type}
 * @param timeout the timeout of one delivery
 * @param subscribers who takes which event types (configuration, not code)
 */
@ConfigurationProperties("platform.events")
public record EventsProperties(String source, @DefaultValue("") String typePrefix, @DefaultValue("5s") Duration timeout,
		List<EventSubscriber> subscribers) {

	public EventsProperties {
		subscribers = (subscribers != null) ? List.copyOf(subscribers) : List.of();
	}

}
