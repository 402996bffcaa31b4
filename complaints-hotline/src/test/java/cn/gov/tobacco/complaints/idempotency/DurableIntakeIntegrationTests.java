package cn.gov.tobacco.complaints.idempotency;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.evidence.Jpegs;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.platform.idempotency.IdempotencyProperties;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.idempotency.Idempotent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 point 1: idempotency records live in PostgreSQL in the transaction of the
 * intake. Redis is pointed at a closed port for this whole context: filing does not need
 * it.
 */
@TestPropertySource(properties = { "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=1", "REDIS_PORT=1" })
class DurableIntakeIntegrationTests extends IntegrationTestSupport {

	/**
	 * Keys with this prefix make the service "die" after its commit, before it answers.
	 */
	static final String DIE_AFTER_COMMIT = "die-after-commit-";

	@Autowired
	DatabaseClient db;

	@Test
	void withRedisUnreachableReportsWithEvidenceAreFiled() {
		String key = UUID.randomUUID().toString();
		FiledBody filed = file(Reports.counterfeit("330106"), Jpegs.withExifLocation(500), "a.jpg",
				Map.of("Idempotency-Key", key))
			.expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(cases(filed.caseNumber())).isEqualTo(1);
		assertThat(records(key)).isEqualTo(1);
	}

	@Test
	void aServiceThatDiesBetweenCommitAndAnswerReplaysTheFirstCaseOnRetry() {
		String key = DIE_AFTER_COMMIT + UUID.randomUUID();
		NewReportDto report = Reports.counterfeit("330106");
		file(report, null, null, Map.of("Idempotency-Key", key)).expectStatus().is5xxServerError();
		assertThat(records(key)).isEqualTo(1);
		FiledBody retried = file(report, null, null, Map.of("Idempotency-Key", key)).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(cases(retried.caseNumber())).isEqualTo(1);
		assertThat(records(key)).isEqualTo(1);
		assertThat(file(report, null, null, Map.of("Idempotency-Key", key)).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody()).isEqualTo(retried);
	}

	@Test
	void concurrentSubmissionsWithOneKeyFileOneCase() throws Exception {
		String key = UUID.randomUUID().toString();
		NewReportDto report = Reports.counterfeit("330106");
		// warm the JSON decoders first: Jackson builds a deserializer under a lock the
		// first time, which BlockHound reports when two requests race to it
		file(report, null, null, Map.of()).expectStatus().isCreated();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				answers.add(pool
					.submit(() -> file(report, null, null, Map.of("Idempotency-Key", key)).returnResult(String.class)
						.getStatus()
						.value()));
			}
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses).allMatch((s) -> s == 201 || s == 409).contains(201);
		assertThat(records(key)).isEqualTo(1);
	}

	long cases(String caseNumber) {
		return this.db.sql("select count(*) from cases where case_number = :n")
			.bind("n", caseNumber)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	long records(String key) {
		return this.db.sql("select count(*) from idempotency_record where key_hash = encode(sha256(:k::bytea), 'hex')")
			.bind("k", key)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	/** The store, with a "crash" after the commit for keys marked to die. */
	@TestConfiguration(proxyBeanMethods = false)
	static class DyingAfterCommit {

		@Bean
		@Primary
		IdempotencyStore dyingIdempotencyStore(DatabaseClient db, TransactionalOperator tx, JsonMapper json) {
			return new IdempotencyStore(db, tx, json, new IdempotencyProperties("complaints", null, null),
					Clock.systemUTC()) {
				@Override
				public <T> Mono<Idempotent<T>> onceWithFingerprint(String scope, String key, String fingerprint,
						Class<T> type, Supplier<Mono<T>> work) {
					return super.onceWithFingerprint(scope, key, fingerprint, type, work)
						.flatMap((result) -> (key != null && key.startsWith(DIE_AFTER_COMMIT) && !result.replayed())
								? Mono.error(new IllegalStateException("the service died before it answered"))
								: Mono.just(result));
				}
			};
		}

	}

}
