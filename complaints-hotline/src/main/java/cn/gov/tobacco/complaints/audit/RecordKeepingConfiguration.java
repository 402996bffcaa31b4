package cn.gov.tobacco.complaints.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.outbox.CloudEventsHttpSink;
import cn.gov.tobacco.platform.outbox.Outbox;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;
import cn.gov.tobacco.platform.outbox.OutboxRetry;

/**
 * platform-data's audit chain, outbox and publisher, wired for this service as in
 * licensing; the publisher backs off after a failed delivery. Events leave by their
 * route, else as CloudEvents to their subscribers: none ends in a log line.
 */
@Configuration(proxyBeanMethods = false)
class RecordKeepingConfiguration {

	@Bean
	AuditChain auditChain(DatabaseClient db) {
		return new AuditChain(db, Clock.systemUTC());
	}

	@Bean
	Outbox outbox(DatabaseClient db) {
		return new Outbox(db, Clock.systemUTC(), ComplaintsEvents.CATALOGUE);
	}

	@Bean
	RoutingOutboxSink routingOutboxSink(ObjectProvider<EventRoute> routes, EventsProperties events, JsonMapper json) {
		List<EventRoute> all = routes.orderedStream().toList();
		return new RoutingOutboxSink(all, new CloudEventsHttpSink(WebClient.builder().build(), json, events.source(),
				events.typePrefix(), events.subscribers(), events.timeout()));
	}

	@Bean
	OutboxPublisher outboxPublisher(DatabaseClient db, TransactionalOperator tx, RoutingOutboxSink sink,
			OutboxProperties properties) {
		return new OutboxPublisher(db, tx, sink, Clock.systemUTC(), properties.batchSize(),
				new OutboxRetry(properties.retryInitial(), properties.retryMax(), properties.lease()));
	}

}
