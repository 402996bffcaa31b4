package cn.gov.tobacco.platform.storage;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * A fair limit on the uploads that stream into S3 at once. Every upload streaming holds
 * two part buffers of 5 MiB (one being sent while the next is read, see
 * {@link ObjectStore}), so the heap uploads can take is bounded by the permits, not by
 * the clients. Waiting takes no thread and reads nothing: an upload not yet admitted
 * leaves its body in the kernel (TCP back-pressure reaches the client), and one that
 * waits longer than {@code maxWait} is answered 503. A permit goes back on every outcome:
 * success, error, cancel, and a timed-out wait.
 * <p>
 * {@link #hold} runs work (a transaction, say) holding a permit that the uploads inside
 * it share; an upload takes its own permit only when none is held around it. A permit is
 * returned when its holder and every upload sharing it are done.
 */
public final class UploadPermits {

	private final int limit;

	private final Duration maxWait;

	private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();

	private int available;

	/**
	 * @param limit the most uploads holding part buffers at once
	 * @param maxWait the longest an upload waits for a permit (then 503)
	 */
	public UploadPermits(int limit, Duration maxWait) {
		if (limit < 1) {
			throw new IllegalArgumentException("At least one upload must be allowed, not " + limit);
		}
		this.limit = limit;
		this.maxWait = maxWait;
		this.available = limit;
	}

	/**
	 * Runs {@code work} holding a permit its uploads share (one already held is used).
	 */
	public <T> Mono<T> hold(Mono<T> work) {
		return Mono.usingWhen(shared(), (permit) -> work.contextWrite((context) -> context.put(this, permit)),
				(permit) -> Mono.fromRunnable(permit::release), (permit, ex) -> Mono.fromRunnable(permit::release),
				(permit) -> Mono.fromRunnable(permit::release));
	}

	/**
	 * A reference to the permit held around the caller (see {@link #hold}), else a new
	 * permit once one is free; the caller releases it exactly once.
	 */
	Mono<Permit> shared() {
		return Mono.deferContextual((context) -> {
			Permit held = context.getOrDefault(this, null);
			return (held != null) ? Mono.just(held.retain()) : acquire();
		});
	}

	/** The permits taken now (uploads streaming and work holding one). */
	public synchronized int inUse() {
		return this.limit - this.available;
	}

	/** The uploads waiting for a permit. */
	public synchronized int waiting() {
		return this.waiting.size();
	}

	public int limit() {
		return this.limit;
	}

	private Mono<Permit> acquire() {
		return Mono.<Permit>create((sink) -> {
			Waiter waiter = new Waiter(sink);
			Permit now = null;
			synchronized (this) {
				if (this.available > 0 && this.waiting.isEmpty()) {
					this.available--;
					now = new Permit();
				}
				else {
					this.waiting.addLast(waiter);
				}
			}
			if (now != null) {
				sink.success(now);
				return;
			}
			sink.onCancel(() -> abandon(waiter));
		}).timeout(this.maxWait).onErrorMap(TimeoutException.class, (ex) -> busy());
	}

	private void abandon(Waiter waiter) {
		synchronized (this) {
			if (waiter.state.compareAndSet(Waiter.WAITING, Waiter.CANCELLED)) {
				this.waiting.remove(waiter);
				return;
			}
		}
		// Granted as it was cancelled: the permit may never reach anyone.
		Permit granted = waiter.permit;
		if (granted != null) {
			granted.release();
		}
	}

	private void giveBack() {
		Waiter next;
		synchronized (this) {
			do {
				next = this.waiting.pollFirst();
			}
			while (next != null && !next.state.compareAndSet(Waiter.WAITING, Waiter.GRANTED));
			if (next == null) {
				this.available++;
				return;
			}
			next.permit = new Permit();
		}
		next.sink.success(next.permit);
	}

	private static ApiException busy() {
		return new ApiException(ProblemKind.DEPENDENCY_UNAVAILABLE,
				Text.of("当前上传人数较多，请稍后重试", "Too many uploads are in progress; please retry shortly"));
	}

	/** One permit; shared references are counted, the last release gives it back. */
	final class Permit {

		private final AtomicInteger references = new AtomicInteger(1);

		Permit retain() {
			this.references.incrementAndGet();
			return this;
		}

		void release() {
			int left = this.references.decrementAndGet();
			if (left == 0) {
				giveBack();
			}
			else if (left < 0) {
				throw new IllegalStateException("An upload permit was released twice");
			}
		}

	}

	private static final class Waiter {

		static final int WAITING = 0;

		static final int GRANTED = 1;

		static final int CANCELLED = 2;

		final AtomicInteger state = new AtomicInteger(WAITING);

		final MonoSink<Permit> sink;

		volatile Permit permit;

		Waiter(MonoSink<Permit> sink) {
			this.sink = sink;
		}

	}

}
