package cn.gov.tobacco.licensing.documents;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.storage.UploadPermits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14: an upload waits for its turn to stream into storage (every turn taken here)
 * before its Idempotency-Key's transaction starts, so it holds no database connection
 * while it waits: its key's lock is free, and another session can take it. When a turn is
 * free it goes on and is stored.
 */
@LicensingIntegrationTest
class UploadTurnIntegrationTests {

	static final String OPERATION = "POST /api/licensing/applications/{applicationId}/documents";

	@Autowired
	WebTestClient http;

	@Autowired
	UploadPermits permits;

	@LocalServerPort
	int port;

	@Value("${spring.flyway.url}")
	String ownerUrl;

	/** The last upload's answer, shown when its status is not the one expected. */
	private final java.util.concurrent.atomic.AtomicReference<String> lastAnswer = new java.util.concurrent.atomic.AtomicReference<>();

	@Test
	void anUploadWaitingItsTurnHoldsNoTransactionAndIsStoredOnceATurnIsFree() throws Exception {
		String id = new Fixtures(this.http).create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()))
			.get("id")
			.asString();
		List<Disposable> taken = IntStream.range(0, this.permits.limit())
			.mapToObj((i) -> this.permits.hold(Mono.never()).subscribe())
			.toList();
		AtomicInteger status = new AtomicInteger();
		try {
			String key = UUID.randomUUID().toString();
			Disposable upload = upload(id, key).subscribe(status::set);
			await().atMost(Duration.ofSeconds(30)).until(() -> this.permits.waiting() == 1);
			assertThat(status.get()).isZero();
			assertThat(lockIsFree(IdempotencyStore.lockId("retailer.xihu", key, OPERATION))).isTrue();
			taken.get(0).dispose();
			await().atMost(Duration.ofSeconds(60)).until(() -> status.get() != 0);
			assertThat(status.get()).as(this.lastAnswer::get).isEqualTo(201);
			upload.dispose();
			// The lock checked above is the one the upload's transaction takes: held by
			// another session, a request with that key is answered 409.
			String inFlight = UUID.randomUUID().toString();
			try (Connection first = DriverManager.getConnection(this.ownerUrl, "postgres", "")) {
				first.setAutoCommit(false);
				try (PreparedStatement lock = first.prepareStatement("select pg_advisory_xact_lock(?)")) {
					lock.setLong(1, IdempotencyStore.lockId("retailer.xihu", inFlight, OPERATION));
					lock.execute();
				}
				assertThat(upload(id, inFlight).block(Duration.ofSeconds(60))).isEqualTo(409);
				first.rollback();
			}
		}
		finally {
			taken.forEach(Disposable::dispose);
		}
		assertThat(this.permits.inUse()).isZero();
	}

	private Mono<Integer> upload(String applicationId, String key) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("documentType", "OTHER");
		body.part("file", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
			.filename("other.pdf");
		return WebClient.create("http://localhost:" + this.port)
			.post()
			.uri("/api/licensing/applications/{id}/documents", applicationId)
			.headers((h) -> h.setBearerAuth(DemoUsers.token("retailer.xihu")))
			.header("Idempotency-Key", key)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchangeToMono((response) -> response.bodyToMono(String.class).defaultIfEmpty("").map((answer) -> {
				this.lastAnswer.set(answer);
				return response.statusCode().value();
			}));
	}

	private boolean lockIsFree(long lock) throws Exception {
		try (Connection other = DriverManager.getConnection(this.ownerUrl, "postgres", "");
				PreparedStatement take = other.prepareStatement("select pg_try_advisory_lock(?)")) {
			take.setLong(1, lock);
			boolean free;
			try (ResultSet taken = take.executeQuery()) {
				taken.next();
				free = taken.getBoolean(1);
			}
			if (free) {
				// given back at once: a closed connection's backend may still hold a
				// session
				// lock for a moment, and the upload (let go next) would meet it as a
				// request
				// with the same key in flight (409)
				try (PreparedStatement giveBack = other.prepareStatement("select pg_advisory_unlock(?)")) {
					giveBack.setLong(1, lock);
					giveBack.execute();
				}
			}
			return free;
		}
	}

}
