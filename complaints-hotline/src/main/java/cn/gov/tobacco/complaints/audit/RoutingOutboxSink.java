package cn.gov.tobacco.complaints.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import cn.gov.tobacco.platform.outbox.OutboxEvent;
import cn.gov.tobacco.platform.outbox.OutboxSink;

/**
 * Sends each event to its {@link EventRoute}; every other event is published as a
 * structured log line on {@code complaints.events} (the platform has no broker yet; that
 * is the seam where a broker client goes).
 */
class RoutingOutboxSink implements OutboxSink {

	private static final Log events = LogFactory.getLog("complaints.events");

	private final Map<String, OutboxSink> routes;

	RoutingOutboxSink(List<EventRoute> routes) {
		this.routes = routes.stream().collect(Collectors.toMap(EventRoute::eventType, EventRoute::sink));
	}

	@Override
	public Mono<Void> publish(OutboxEvent event) {
		OutboxSink route = this.routes.get(event.eventType());
		if (route != null) {
			return route.publish(event);
		}
		return Mono.fromRunnable(() -> events.info("event id=" + event.id() + " type=" + event.eventType() + " "
				+ event.aggregateType() + "=" + event.aggregateId() + " payload=" + event.payload()));
	}

}
