package cn.gov.tobacco.complaints;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import cn.gov.tobacco.testing.ArmedBlockHound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The integration tests' BlockHound is armed: a blocking call on a non-blocking thread
 * fails the work that made it, and the same call where blocking belongs does not.
 */
class BlockHoundIntegrationTests {

	@Test
	void aBlockingCallOnANonBlockingThreadFails() {
		ArmedBlockHound.install();
		Mono<Integer> sleeping = Mono.fromCallable(() -> {
			Thread.sleep(1);
			return 1;
		}).subscribeOn(Schedulers.parallel());
		Throwable thrown = catchThrowable(sleeping::block);
		assertThat(Exceptions.unwrap(thrown)).isInstanceOf(BlockingOperationError.class);
	}

	@Test
	void theSameCallOnABoundedElasticThreadPasses() {
		ArmedBlockHound.install();
		Mono<Integer> sleeping = Mono.fromCallable(() -> {
			Thread.sleep(1);
			return 1;
		}).subscribeOn(Schedulers.boundedElastic());
		assertThat(sleeping.block()).isEqualTo(1);
	}

}
