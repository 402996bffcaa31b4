package cn.gov.tobacco.platform.recordkeeping;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.idempotency.IdempotencyProperties;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.calendar.ClockAutoConfiguration;
import cn.gov.tobacco.platform.jobs.JobsAutoConfiguration;
import cn.gov.tobacco.platform.outbox.CloudEventsHttpSink;
import cn.gov.tobacco.platform.outbox.EventCatalogue;
import cn.gov.tobacco.platform.outbox.EventRoute;
import cn.gov.tobacco.platform.outbox.EventsProperties;
import cn.gov.tobacco.platform.outbox.Outbox;
import cn.gov.tobacco.platform.outbox.OutboxProperties;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;
import cn.gov.tobacco.platform.outbox.RoutingOutboxSink;

/**
 * Record keeping, the same in every service: the audit chain, the outbox with its
 * publisher, and the idempotency store, in the service's own schema (the tables of its
 * migrations: {@code audit_log}, {@code outbox}, {@code idempotency_record}), plus the
 * two jobs that publish the outbox and expire idempotency records. Configured by
 * {@link OutboxProperties} ({@code platform.outbox}), {@link EventsProperties}
 * ({@code platform.events}) and {@link IdempotencyProperties}
 * ({@code platform.idempotency}).
 * <p>
 * A service gives only its domain parts as beans: its {@link EventCatalogue} (the outbox
 * then refuses other types), its {@link EventRoute}s (events that go to an API of their
 * own instead of the CloudEvents subscribers), and a {@link Clock} if it has one (UTC
 * otherwise).
 */
@AutoConfiguration(after = { JobsAutoConfiguration.class, ClockAutoConfiguration.class },
		afterName = { "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
				"org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
				"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@ConditionalOnClass(DatabaseClient.class)
@EnableConfigurationProperties({ OutboxProperties.class, EventsProperties.class, IdempotencyProperties.class })
public class RecordKeepingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AuditChain auditChain(DatabaseClient db, ObjectProvider<Clock> clock) {
		return new AuditChain(db, clock(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	Outbox outbox(DatabaseClient db, ObjectProvider<Clock> clock, ObjectProvider<EventCatalogue> catalogue) {
		return new Outbox(db, clock(clock), catalogue.getIfAvailable());
	}

	/**
	 * Each event to its route, else as a signed CloudEvent to the subscribers of its
	 * type; none ends in a log line.
	 */
	@Bean
	@ConditionalOnMissingBean
	RoutingOutboxSink outboxSink(ObjectProvider<EventRoute> routes, EventsProperties events, JsonMapper json) {
		return new RoutingOutboxSink(routes.orderedStream().toList(),
				new CloudEventsHttpSink(WebClient.builder().build(), json, events.source(), events.typePrefix(),
						events.subscribers(), events.timeout()));
	}

	/**
	 * Leased batches; a failed delivery waits (doubling) before the next attempt, a
	 * refusal for good is dead-lettered.
	 */
	@Bean
	@ConditionalOnMissingBean
	OutboxPublisher outboxPublisher(DatabaseClient db, TransactionalOperator tx, RoutingOutboxSink sink,
			ObjectProvider<Clock> clock, OutboxProperties outbox) {
		return new OutboxPublisher(db, tx, sink, clock(clock), outbox.batchSize(), outbox.retry());
	}

	@Bean
	@ConditionalOnMissingBean
	IdempotencyStore idempotencyStore(DatabaseClient db, TransactionalOperator tx, JsonMapper json,
			IdempotencyProperties properties, ObjectProvider<Clock> clock) {
		return new IdempotencyStore(db, tx, json, properties, clock(clock));
	}

	/** Never in a migrate-only run (the Kubernetes init container). */
	@Bean
	@ConditionalOnProperty(name = "platform.migrate-only", havingValue = "false", matchIfMissing = true)
	RecordKeepingJobs recordKeepingJobs(OutboxPublisher publisher, IdempotencyStore idempotency, Jobs jobs) {
		return new RecordKeepingJobs(publisher, idempotency, jobs);
	}

	private static Clock clock(ObjectProvider<Clock> clock) {
		return clock.getIfAvailable(Clock::systemUTC);
	}

}
