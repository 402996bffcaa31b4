package cn.gov.tobacco.licensing.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.BodyInserters;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.platform.idempotency.Idempotent;
import cn.gov.tobacco.platform.idempotency.IdempotencyProperties;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 point 1: idempotency records live in PostgreSQL in the transaction of the
 * write. Redis is pointed at a closed port for this whole context: creates and uploads do
 * not need it.
 */
@LicensingIntegrationTest
@TestPropertySource(properties = { "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=1", "REDIS_PORT=1" })
class DurableIdempotencyIntegrationTests {

	/**
	 * Keys with this prefix make the service "die" after its commit, before it answers.
	 */
	static final String DIE_AFTER_COMMIT = "die-after-commit-";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Test
	void withRedisUnreachableCreatesAndUploadsSucceed() {
		String key = UUID.randomUUID().toString();
		String name = "无缓存便利店" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode draft = create(key, name).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		upload(draft.get("id").asString(), UUID.randomUUID().toString()).expectStatus().isCreated();
		assertThat(rows(name)).isEqualTo(1);
		assertThat(records(key)).isEqualTo(1);
	}

	@Test
	void aServiceThatDiesBetweenCommitAndAnswerReplaysTheFirstResultOnRetry() {
		String key = DIE_AFTER_COMMIT + UUID.randomUUID();
		String name = "断电便利店" + UUID.randomUUID().toString().substring(0, 8);
		// The write committed, but the caller never got the answer.
		create(key, name).expectStatus().is5xxServerError();
		assertThat(rows(name)).isEqualTo(1);
		JsonNode retried = create(key, name).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "true")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(retried.get("id").asString())
			.isEqualTo(this.db.sql("select id::text from application where business_name = :n")
				.bind("n", name)
				.map((row) -> row.get(0, String.class))
				.one()
				.block());
		assertThat(rows(name)).isEqualTo(1);
		assertThat(records(key)).isEqualTo(1);
	}

	@Test
	void concurrentRequestsWithOneKeyWriteOneRecord() throws Exception {
		String key = UUID.randomUUID().toString();
		String name = "并发便利店" + UUID.randomUUID().toString().substring(0, 8);
		// warm the JSON decoders first: Jackson builds a deserializer under a lock the
		// first time, which BlockHound reports when two requests race to it
		create(UUID.randomUUID().toString(), name + "预热").expectStatus().isCreated();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				Callable<Integer> call = () -> create(key, name).returnResult(String.class).getStatus().value();
				answers.add(pool.submit(call));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).allMatch((s) -> s == 201 || s == 409).contains(201);
		}
		finally {
			pool.shutdown();
		}
		assertThat(rows(name)).isEqualTo(1);
		assertThat(records(key)).isEqualTo(1);
	}

	@Test
	void theSameKeyForAnotherOperationIsAnotherRecord() {
		String key = UUID.randomUUID().toString();
		JsonNode draft = create(key, "两用便利店").expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		upload(draft.get("id").asString(), key).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotency-Replayed", "false");
		assertThat(records(key)).isEqualTo(2);
	}

	WebTestClient.ResponseSpec create(String key, String name) {
		return this.http.post().uri("/api/licensing/applications").headers((h) -> {
			h.setBearerAuth(DemoUsers.token("retailer.xihu"));
			h.set("Idempotency-Key", key);
		})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new ApplicationDraftDto(ApplicationTypeDto.NEW).businessName(name)
				.premises(new PremisesDto().divisionCode("330106")))
			.exchange();
	}

	WebTestClient.ResponseSpec upload(String applicationId, String key) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("documentType", "BUSINESS_LICENSE");
		body.part("file", new ByteArrayResource("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer".getBytes()) {
			@Override
			public String getFilename() {
				return "licence.pdf";
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return this.http.post().uri("/api/licensing/applications/{id}/documents", applicationId).headers((h) -> {
			h.setBearerAuth(DemoUsers.token("retailer.xihu"));
			h.set("Idempotency-Key", key);
		}).body(BodyInserters.fromMultipartData(body.build())).exchange();
	}

	long rows(String businessName) {
		return this.db.sql("select count(*) from application where business_name = :n")
			.bind("n", businessName)
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
		IdempotencyStore dyingIdempotencyStore(DatabaseClient db, TransactionalOperator tx, JsonMapper json,
				java.time.Clock clock) {
			return new IdempotencyStore(db, tx, json, new IdempotencyProperties("licensing", null, null), clock) {
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
