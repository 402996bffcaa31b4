package cn.gov.tobacco.platform.jobs;

import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The one skeleton of a scheduled job. A job's {@code @Scheduled(fixedDelay…)} method
 * returns {@code jobs.run("name", this::body)}: Spring subscribes to the returned Mono
 * once per run and starts the next run a fixed delay after it completed, so runs never
 * overlap; the body is built per run (so "now" is taken per run); a failure is logged
 * with the job's name, counted in {@code jobs_failed_total{job}} and never stops the
 * schedule. A row a job cannot process ({@link #skip}) is logged and counted the same way
 * while the job goes on with the next row.
 */
public class Jobs {

	/** The counter of failed runs and skipped rows, tagged {@code job}. */
	public static final String FAILED = "jobs.failed";

	/** The counter of runs, tagged {@code job}. */
	public static final String RUNS = "jobs.runs";

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	private final MeterRegistry registry;

	public Jobs(MeterRegistry registry) {
		this.registry = registry;
	}

	/** One run of {@code job}: never fails, logs and counts a failure. */
	public Mono<Void> run(String job, Supplier<? extends Publisher<?>> body) {
		return Mono.defer(() -> {
			counter(RUNS, job).increment();
			// registered at 0 from the first run, so an alert sees the first failure as
			// an
			// increase
			counter(FAILED, job);
			return Mono.from(body.get()).then();
		}).onErrorResume((ex) -> {
			failed(job, null, ex);
			return Mono.empty();
		});
	}

	/**
	 * For a per-row {@code onErrorResume}: logs and counts the failure of {@code item}
	 * and goes on without it.
	 */
	public <T> Function<Throwable, Mono<T>> skip(String job, Object item) {
		return (ex) -> {
			failed(job, item, ex);
			return Mono.empty();
		};
	}

	/** Logs and counts one failure of {@code job} (on {@code item}, if not null). */
	public void failed(String job, Object item, Throwable ex) {
		counter(FAILED, job).increment();
		if (item == null) {
			log.error("Job {} failed; it runs again at its next time", job, ex);
		}
		else {
			log.warn("Job {} skipped {}; it is retried at the next run: {}", job, item, ex.toString());
		}
	}

	private Counter counter(String name, String job) {
		return Counter.builder(name).tag("job", job).register(this.registry);
	}

}
