package cn.gov.tobacco.licensing.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The service's one clock read in the bureau's one zone: every "now", every calendar day
 * and month of the service comes from here, so a test that fixes the {@link Clock} fixes
 * them all.
 */
public final class BusinessTime {

	private final Clock clock;

	private final ZoneId zone;

	public BusinessTime(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Now, to the microsecond (what PostgreSQL keeps, so a stored time reads back equal).
	 */
	public Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The bureau's zone ({@code licensing.zone}). */
	public ZoneId zone() {
		return this.zone;
	}

	/** Today in the bureau's zone. */
	public LocalDate today() {
		return dayOf(this.clock.instant());
	}

	/** This month in the bureau's zone. */
	public YearMonth month() {
		return YearMonth.from(today());
	}

	/** The bureau's calendar day of an instant. */
	public LocalDate dayOf(Instant at) {
		return at.atZone(this.zone).toLocalDate();
	}

	/** The first instant of a day in the bureau's zone. */
	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	/** The zone's id as bound into SQL ({@code at time zone :zone}). */
	public String zoneId() {
		return this.zone.getId();
	}

}
