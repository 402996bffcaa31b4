package cn.gov.tobacco.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The BlockHound every service's integration tests install is armed: a blocking call on a
 * non-blocking thread fails the work that made it, and the same call where blocking
 * belongs does not. (A bare {@code BlockHound.builder().install()} failed the first.)
 */
class ArmedBlockHoundIntegrationTests {

	@BeforeAll
	static void install() {
		ArmedBlockHound.install();
	}

	@Test
	void aBlockingCallOnANonBlockingThreadFails() {
		Throwable thrown = catchThrowable(() -> sleepingOn(Schedulers.parallel()).block());
		assertThat(Exceptions.unwrap(thrown)).isInstanceOf(BlockingOperationError.class);
	}

	@Test
	void theSameCallOnABoundedElasticThreadPasses() {
		assertThat(sleepingOn(Schedulers.boundedElastic()).block()).isEqualTo(1);
	}

	private static Mono<Integer> sleepingOn(Scheduler scheduler) {
		return Mono.fromCallable(() -> {
			Thread.sleep(1);
			return 1;
		}).subscribeOn(scheduler);
	}

}
