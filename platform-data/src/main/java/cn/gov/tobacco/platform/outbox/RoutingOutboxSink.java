package cn.gov.tobacco.platform.outbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

/**
 * Sends each event to its {@link EventRoute} (an API of its own, e.g. licensing's credit
 * events); every other event goes out as a CloudEvent to its configured subscribers. The
 * sink of every service's {@link OutboxPublisher}; a service without routes sends
 * everything to its subscribers.
 */
public class RoutingOutboxSink implements OutboxSink {

	private final Map<String, OutboxSink> routes;

	private final OutboxSink subscribers;

	public RoutingOutboxSink(List<EventRoute> routes, OutboxSink subscribers) {
		this.routes = routes.stream().collect(Collectors.toMap(EventRoute::eventType, EventRoute::sink));
		this.subscribers = subscribers;
	}

	/** The event types a route takes. */
	public Set<String> routedTypes() {
		return Set.copyOf(this.routes.keySet());
	}

	@Override
	public Mono<Void> publish(OutboxEvent event) {
		OutboxSink route = this.routes.get(event.eventType());
		if (route != null) {
			return route.publish(event);
		}
		return this.subscribers.publish(event);
	}

}
