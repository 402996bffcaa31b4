package cn.gov.tobacco.platform.recordkeeping;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.idempotency.IdempotencyProperties;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.jobs.JobsAutoConfiguration;
import cn.gov.tobacco.platform.outbox.EventCatalogue;
import cn.gov.tobacco.platform.outbox.EventRoute;
import cn.gov.tobacco.platform.outbox.EventsProperties;
import cn.gov.tobacco.platform.outbox.Outbox;
import cn.gov.tobacco.platform.outbox.OutboxProperties;
import cn.gov.tobacco.platform.outbox.OutboxPublisher;
import cn.gov.tobacco.platform.outbox.OutboxRetry;
import cn.gov.tobacco.platform.outbox.RoutingOutboxSink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * One way for both services: the auto-configuration builds the chain, the outbox, its
 * publisher, the idempotency store and their jobs from {@code platform.*}; a service adds
 * only its catalogue and its routes (and its clock). (Against the database: the services'
 * record-keeping, outbox and idempotency integration tests.)
 */
class RecordKeepingAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JobsAutoConfiguration.class, RecordKeepingAutoConfiguration.class))
		.withBean(DatabaseClient.class, () -> mock(DatabaseClient.class))
		.withBean(TransactionalOperator.class, () -> mock(TransactionalOperator.class))
		.withBean(JsonMapper.class, () -> JsonMapper.builder().build());

	@Test
	void buildsEveryPartAndItsJobsFromTheProperties() {
		this.runner.withPropertyValues("platform.idempotency.namespace=licensing", "platform.idempotency.ttl=12h",
				"platform.outbox.batch-size=50", "platform.outbox.retry-initial=5s",
				"platform.events.source=/licensing-service", "platform.events.type-prefix=cn.gov.tobacco.licensing.",
				"platform.events.subscribers[0].name=supervision",
				"platform.events.subscribers[0].url=http://localhost:9300/supervision",
				"platform.events.subscribers[0].secret=a-secret-of-16-chars-or-more",
				"platform.events.subscribers[0].event-types=LicenseIssued")
			.run((context) -> {
				assertThat(context).hasSingleBean(AuditChain.class)
					.hasSingleBean(Outbox.class)
					.hasSingleBean(OutboxPublisher.class)
					.hasSingleBean(IdempotencyStore.class)
					.hasSingleBean(RecordKeepingJobs.class);
				assertThat(context.getBean(IdempotencyProperties.class))
					.isEqualTo(new IdempotencyProperties("licensing", Duration.ofHours(12), null));
				OutboxProperties outbox = context.getBean(OutboxProperties.class);
				assertThat(outbox.batchSize()).isEqualTo(50);
				assertThat(outbox.retry())
					.isEqualTo(new OutboxRetry(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofMinutes(5)));
				EventsProperties events = context.getBean(EventsProperties.class);
				assertThat(events.source()).isEqualTo("/licensing-service");
				assertThat(events.timeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(events.subscribers()).singleElement()
					.satisfies((s) -> assertThat(s.takes("LicenseIssued")).isTrue());
				assertThat(context.getBean(RoutingOutboxSink.class).routedTypes()).isEmpty();
			});
	}

	@Test
	void theServicesCatalogueAndRoutesAreUsed() {
		this.runner.withBean(EventCatalogue.class, () -> EventCatalogue.of(List.of("case.filed")))
			.withBean("creditRoute", EventRoute.class,
					() -> new EventRoute("credit.substantiated-report", (event) -> Mono.empty()))
			.run((context) -> {
				assertThat(context.getBean(RoutingOutboxSink.class).routedTypes())
					.containsExactly("credit.substantiated-report");
				StepVerifier.create(context.getBean(Outbox.class).add("case", UUID.randomUUID(), "case.unknown", "{}"))
					.expectErrorMessage("Event type case.unknown is not in the service's event catalogue; "
							+ "add it there and give it a subscriber")
					.verify();
			});
	}

	@Test
	void aMigrateOnlyRunHasNoJobs() {
		this.runner.withPropertyValues("platform.migrate-only=true")
			.run((context) -> assertThat(context).hasSingleBean(OutboxPublisher.class)
				.doesNotHaveBean(RecordKeepingJobs.class));
	}

	@Test
	void aPartTheServiceDeclaresItselfIsKept() {
		AuditChain own = new AuditChain(mock(DatabaseClient.class), Clock.systemUTC());
		this.runner.withBean(AuditChain.class, () -> own)
			.run((context) -> assertThat(context.getBean(AuditChain.class)).isSameAs(own));
	}

}
