package cn.gov.tobacco.complaints.deadlines;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.calendar.WorkingDays;
import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * Finds the setting in force and turns it into due dates. A category-specific setting
 * wins over the kind's general one; the latest {@code valid_from} not in the future wins.
 */
@Component
public class Deadlines {

	private final DeadlineSettingRepository settings;

	private final WorkingDays workingDays;

	private final BureauClock clock;

	Deadlines(DeadlineSettingRepository settings, WorkingDays workingDays, BureauClock clock) {
		this.settings = settings;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	public Mono<DeadlineSetting> inForce(String kind, String category, Instant at) {
		return this.settings.inForce(kind, category, at);
	}

	/**
	 * End of the working day {@code days} working days after {@code from}, in the
	 * bureau's zone.
	 */
	public Mono<Instant> answerDue(Instant from, int days) {
		return this.workingDays.calendar()
			.map((calendar) -> this.clock.endOf(calendar.addWorkingDays(this.clock.dayOf(from), days).due()));
	}

}
