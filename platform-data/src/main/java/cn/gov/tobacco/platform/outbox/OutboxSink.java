package cn.gov.tobacco.platform.outbox;

import reactor.core.publisher.Mono;

/**
 * Where published events go (a broker, a webhook, a log). Completing means the event was
 * handed over; an error leaves it in the outbox to be tried again.
 */
@FunctionalInterface
public interface OutboxSink {

	Mono<Void> publish(OutboxEvent event);

}
