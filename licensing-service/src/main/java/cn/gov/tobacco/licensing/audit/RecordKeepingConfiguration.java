package cn.gov.tobacco.licensing.audit;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.idempotency.IdempotencyProperties;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.outbox.Outbox;
import cn.gov.tobacco.platform.outbox.CloudEventsHttpSink;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;
import cn.gov.tobacco.platform.outbox.OutboxRetry;

@Configuration(proxyBeanMethods = false)
class RecordKeepingConfiguration {

	/** The service's one clock (UTC); tests replace it to move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	AuditChain auditChain(DatabaseClient db, Clock clock) {
		return new AuditChain(db, clock);
	}

	@Bean
	Outbox outbox(DatabaseClient db, Clock clock) {
		return new Outbox(db, clock, LicensingEvents.CATALOGUE);
	}

	/**
	 * Events go out as signed CloudEvents to their subscribers; a failed delivery waits
	 * (doubling) before the next attempt, a refusal for good is dead-lettered.
	 */
	@Bean
	OutboxPublisher outboxPublisher(DatabaseClient db, TransactionalOperator tx, Clock clock, JsonMapper json,
			EventsProperties events) {
		CloudEventsHttpSink sink = new CloudEventsHttpSink(WebClient.builder().build(), json, events.source(),
				events.typePrefix(), events.subscribers(), events.timeout());
		return new OutboxPublisher(db, tx, sink, clock, events.batchSize(),
				new OutboxRetry(events.retryInitial(), events.retryMax()));
	}

	@Bean
	IdempotencyStore idempotencyStore(DatabaseClient db, TransactionalOperator tx, JsonMapper json, Clock clock,
			Environment environment) {
		IdempotencyProperties properties = Binder.get(environment)
			.bindOrCreate("licensing.idempotency", IdempotencyProperties.class);
		return new IdempotencyStore(db, tx, json, properties, clock);
	}

}
