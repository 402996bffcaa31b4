package cn.gov.tobacco.licensing.calendar;

import java.time.LocalDate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;

import cn.gov.tobacco.platform.jobs.Jobs;
import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * The one shape of a job that runs once a bureau day (with the deadline job, at
 * {@code licensing.jobs.deadline-cron} in {@code licensing.zone}): it finds its
 * candidates for the day and takes one step on each, in order; a candidate whose step
 * fails is skipped (logged and counted by {@link Jobs#skip}) and the run goes on; the run
 * itself is logged and counted by {@link Jobs#run}. A subclass states only its query
 * ({@link #candidates}), its step ({@link #step}) and how a skipped candidate is named
 * ({@link #describe}).
 *
 * @param <T> a candidate
 */
public abstract class DailyJob<T> {

	private final String name;

	private final BureauClock time;

	private final Jobs jobs;

	protected DailyJob(String name, BureauClock time, Jobs jobs) {
		this.name = name;
		this.time = time;
		this.jobs = jobs;
	}

	/** The service's time, for a subclass's "now". */
	protected final BureauClock time() {
		return this.time;
	}

	/** The scheduled run: {@link #body} for today, never failing. */
	@Scheduled(cron = "${licensing.jobs.deadline-cron:0 5 0 * * *}", zone = ZoneProperties.SCHEDULED_ZONE)
	public Mono<Void> run() {
		return this.jobs.run(this.name, () -> body(this.time.today()));
	}

	/** What one run does for the day; by default {@link #runFor}. */
	protected Mono<?> body(LocalDate today) {
		return runFor(today);
	}

	/**
	 * Takes the step on each of the day's candidates; returns on how many it did
	 * something.
	 */
	public final Mono<Long> runFor(LocalDate today) {
		return candidates(today)
			.concatMap(
					(candidate) -> step(candidate, today).onErrorResume(this.jobs.skip(this.name, describe(candidate)))
						.defaultIfEmpty(false))
			.filter(Boolean::booleanValue)
			.count();
	}

	/** The day's candidates. */
	protected abstract Flux<T> candidates(LocalDate today);

	/** One candidate's step (its own transaction); true if it did something. */
	protected abstract Mono<Boolean> step(T candidate, LocalDate today);

	/** The candidate as the log names a skipped one. */
	protected abstract String describe(T candidate);

}
