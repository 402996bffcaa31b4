package cn.gov.tobacco.licensing.audit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import cn.gov.tobacco.platform.outbox.OutboxEvent;
import cn.gov.tobacco.platform.outbox.OutboxSink;

/**
 * Publishes events as structured log lines (the platform has no broker yet; see the
 * README). Replace this bean with a broker sink; the outbox guarantees stay the same.
 */
class LoggingOutboxSink implements OutboxSink {

	private static final Log logger = LogFactory.getLog("licensing.events");

	@Override
	public Mono<Void> publish(OutboxEvent event) {
		return Mono.fromRunnable(() -> logger.info("event id=" + event.id() + " type=" + event.eventType() + " "
				+ event.aggregateType() + "=" + event.aggregateId() + " payload=" + event.payload()));
	}

}
