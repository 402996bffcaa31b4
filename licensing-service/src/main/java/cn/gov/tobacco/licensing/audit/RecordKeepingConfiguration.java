package cn.gov.tobacco.licensing.audit;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.idempotency.IdempotencyProperties;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.outbox.Outbox;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;

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
		return new Outbox(db, clock);
	}

	@Bean
	OutboxPublisher outboxPublisher(DatabaseClient db, TransactionalOperator tx, Clock clock) {
		return new OutboxPublisher(db, tx, new LoggingOutboxSink(), clock, 100);
	}

	@Bean
	IdempotencyStore idempotencyStore(ReactiveStringRedisTemplate redis, JsonMapper json, Environment environment) {
		IdempotencyProperties properties = Binder.get(environment)
			.bindOrCreate("licensing.idempotency", IdempotencyProperties.class);
		return new IdempotencyStore(redis, json, properties);
	}

}
