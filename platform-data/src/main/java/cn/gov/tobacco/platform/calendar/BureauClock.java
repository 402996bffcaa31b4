package cn.gov.tobacco.platform.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A service's one injected clock read in the bureau's one configured zone: every "now",
 * every calendar day, month and end of day of a service comes from here, so a test that
 * fixes the {@link Clock} fixes them all. Each service builds one from its own zone
 * setting ({@code licensing.zone}, {@code complaints.zone}).
 */
public final class BureauClock {

	private final Clock clock;

	private final ZoneId zone;

	public BureauClock(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Now, to the microsecond (what PostgreSQL keeps, so a stored time reads back equal).
	 */
	public Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The bureau's zone. */
	public ZoneId zone() {
		return this.zone;
	}

	/** The zone's id as bound into SQL ({@code at time zone :zone}). */
	public String zoneId() {
		return this.zone.getId();
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

	/**
	 * The last second of a day in the bureau's zone (23:59:59), as due dates are shown.
	 */
	public Instant endOf(LocalDate day) {
		return startOf(day.plusDays(1)).minusSeconds(1);
	}

}
