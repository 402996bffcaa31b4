package cn.gov.tobacco.platform.jobs;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class JobsTests {

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final Jobs jobs = new Jobs(this.registry);

	final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	final Logger logger = (Logger) LoggerFactory.getLogger(Jobs.class);

	@BeforeEach
	void listen() {
		this.logged.start();
		this.logger.addAppender(this.logged);
	}

	@AfterEach
	void stopListening() {
		this.logger.detachAppender(this.logged);
	}

	@Test
	void aFailingRunIsLoggedWithTheJobNameCountedAndDoesNotStopTheSchedule() {
		StepVerifier.create(this.jobs.run("deadline-job", () -> Mono.error(new IllegalStateException("boom"))))
			.verifyComplete();
		assertThat(failed("deadline-job")).isEqualTo(1.0);
		assertThat(this.logged.list).anySatisfy((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.ERROR);
			assertThat(event.getFormattedMessage()).contains("deadline-job");
			assertThat(event.getThrowableProxy().getMessage()).isEqualTo("boom");
		});
	}

	@Test
	void aBodyThatThrowsWhileBeingBuiltCountsAsAFailedRun() {
		StepVerifier.create(this.jobs.run("sweep", () -> {
			throw new IllegalStateException("no connection");
		})).verifyComplete();
		assertThat(failed("sweep")).isEqualTo(1.0);
	}

	@Test
	void aSuccessfulRunCountsNoFailureAndBuildsItsBodyPerRun() {
		AtomicInteger built = new AtomicInteger();
		Mono<Void> run = this.jobs.run("outbox", () -> {
			built.incrementAndGet();
			return Flux.just(1, 2, 3);
		});
		StepVerifier.create(run).verifyComplete();
		StepVerifier.create(run).verifyComplete();
		assertThat(built).hasValue(2);
		assertThat(this.registry.get(Jobs.RUNS).tag("job", "outbox").counter().count()).isEqualTo(2.0);
		assertThat(failed("outbox")).isZero();
	}

	@Test
	void aSkippedRowIsLoggedAndCountedAndTheJobGoesOn() {
		StepVerifier
			.create(Flux.just(1, 2, 3)
				.concatMap((n) -> ((n == 2) ? Mono.<Integer>error(new IllegalStateException("row")) : Mono.just(n))
					.onErrorResume(this.jobs.skip("expiry", "license " + n))))
			.expectNext(1, 3)
			.verifyComplete();
		assertThat(failed("expiry")).isEqualTo(1.0);
		assertThat(this.logged.list)
			.anySatisfy((event) -> assertThat(event.getFormattedMessage()).contains("expiry").contains("license 2"));
	}

	private double failed(String job) {
		return this.registry.get(Jobs.FAILED).tag("job", job).counter().count();
	}

}
