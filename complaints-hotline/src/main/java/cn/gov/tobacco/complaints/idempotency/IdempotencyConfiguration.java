package cn.gov.tobacco.complaints.idempotency;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.idempotency.IdempotencyProperties;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;

/**
 * platform-data's idempotency store under the {@code complaints} namespace
 * ({@code complaints.idempotency.*}), its records in this service's schema
 * ({@code idempotency_record}, V6), written in the transaction of the intake they guard.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	@Bean
	IdempotencyStore idempotencyStore(DatabaseClient db, TransactionalOperator tx, JsonMapper json,
			ObjectProvider<Clock> clock, Environment environment) {
		IdempotencyProperties properties = Binder.get(environment)
			.bindOrCreate("complaints.idempotency", IdempotencyProperties.class);
		return new IdempotencyStore(db, tx, json, properties, clock.getIfAvailable(Clock::systemUTC));
	}

}
