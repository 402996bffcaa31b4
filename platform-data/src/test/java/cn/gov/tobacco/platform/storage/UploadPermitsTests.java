package cn.gov.tobacco.platform.storage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UploadPermitsTests {

	@Test
	void concurrentUploadsNeverHoldMoreThanTheLimit() {
		UploadPermits permits = new UploadPermits(3, Duration.ofSeconds(30));
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		Mono<Integer> upload = Mono.fromRunnable(() -> most.accumulateAndGet(running.incrementAndGet(), Math::max))
			.then(Mono.delay(Duration.ofMillis(20)))
			.doOnTerminate(running::decrementAndGet)
			.thenReturn(1);
		List<Integer> done = Flux.range(0, 40)
			.flatMap((i) -> usingAPermit(permits, upload), 40)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(done).hasSize(40);
		assertThat(most.get()).isEqualTo(3);
		assertThat(permits.inUse()).isZero();
		assertThat(permits.waiting()).isZero();
	}

	@Test
	void permitsAreGrantedInTheOrderAsked() {
		UploadPermits permits = new UploadPermits(1, Duration.ofSeconds(30));
		Sinks.Empty<Void> first = Sinks.empty();
		List<Integer> order = new CopyOnWriteArrayList<>();
		Disposable holder = permits.hold(first.asMono()).subscribe();
		List<Disposable> queued = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int n = i;
			queued.add(permits.hold(Mono.fromRunnable(() -> order.add(n))).subscribe());
		}
		assertThat(permits.waiting()).isEqualTo(5);
		first.tryEmitEmpty();
		await().atMost(Duration.ofSeconds(5)).until(() -> order.size() == 5);
		assertThat(order).containsExactly(0, 1, 2, 3, 4);
		assertThat(permits.inUse()).isZero();
		holder.dispose();
		queued.forEach(Disposable::dispose);
	}

	@Test
	void aFailedUploadGivesItsPermitBack() {
		UploadPermits permits = new UploadPermits(1, Duration.ofSeconds(5));
		StepVerifier.create(usingAPermit(permits, Mono.error(new IllegalStateException("S3 went away"))))
			.expectError(IllegalStateException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(permits.inUse()).isZero();
		StepVerifier.create(usingAPermit(permits, Mono.just(1))).expectNext(1).verifyComplete();
	}

	@Test
	void cancelledUploadsGiveTheirPermitsBackWhetherRunningOrWaiting() {
		UploadPermits permits = new UploadPermits(2, Duration.ofSeconds(30));
		Disposable a = usingAPermit(permits, Mono.never()).subscribe();
		Disposable b = permits.hold(Mono.never()).subscribe();
		Disposable c = usingAPermit(permits, Mono.never()).subscribe();
		assertThat(permits.inUse()).isEqualTo(2);
		assertThat(permits.waiting()).isEqualTo(1);
		c.dispose();
		assertThat(permits.waiting()).isZero();
		a.dispose();
		b.dispose();
		assertThat(permits.inUse()).isZero();
		StepVerifier.create(usingAPermit(permits, Mono.just(1))).expectNext(1).verifyComplete();
	}

	@Test
	void anUploadWaitingTooLongIsAnsweredServiceUnavailableAndTakesNothing() {
		UploadPermits permits = new UploadPermits(1, Duration.ofMillis(200));
		Disposable holder = permits.hold(Mono.never()).subscribe();
		StepVerifier.create(usingAPermit(permits, Mono.just(1)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(ApiException.class,
					(api) -> assertThat(api.kind()).isEqualTo(ProblemKind.DEPENDENCY_UNAVAILABLE)))
			.verify(Duration.ofSeconds(5));
		assertThat(permits.waiting()).isZero();
		assertThat(permits.inUse()).isEqualTo(1);
		holder.dispose();
		assertThat(permits.inUse()).isZero();
	}

	@Test
	void uploadsInsideHeldWorkShareItsPermitAndItIsReturnedWhenAllAreDone() {
		UploadPermits permits = new UploadPermits(1, Duration.ofMillis(500));
		Sinks.Empty<Void> upload = Sinks.empty();
		Disposable work = permits.hold(usingAPermit(permits, upload.asMono()).then(usingAPermit(permits, Mono.just(2))))
			.subscribe();
		assertThat(permits.inUse()).isEqualTo(1);
		assertThat(permits.waiting()).isZero();
		upload.tryEmitEmpty();
		await().atMost(Duration.ofSeconds(5)).until(() -> permits.inUse() == 0);
		work.dispose();
		assertThat(permits.inUse()).isZero();
	}

	@Test
	void aSharedPermitOutlivesTheWorkThatHeldItWhileAnUploadStillUsesIt() {
		UploadPermits permits = new UploadPermits(1, Duration.ofSeconds(5));
		List<UploadPermits.Permit> shared = new ArrayList<>();
		Disposable work = permits.hold(permits.shared().doOnNext(shared::add).then(Mono.never())).subscribe();
		assertThat(shared).hasSize(1);
		work.dispose();
		// the upload's blocking run has not ended: its reference keeps the permit
		assertThat(permits.inUse()).isEqualTo(1);
		shared.get(0).release();
		assertThat(permits.inUse()).isZero();
	}

	/**
	 * As {@link ObjectStore#put} takes a permit: a shared one or its own, released once.
	 */
	private static <T> Mono<T> usingAPermit(UploadPermits permits, Mono<T> upload) {
		return permits.shared()
			.flatMap((permit) -> Mono.usingWhen(Mono.just(permit), (p) -> upload, (p) -> Mono.fromRunnable(p::release),
					(p, ex) -> Mono.fromRunnable(p::release), (p) -> Mono.fromRunnable(p::release)));
	}

}
