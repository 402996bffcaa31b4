package cn.gov.tobacco.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The range of dates the platform accepts from a client, in parameters and bodies alike:
 * 1900-01-01 to 2999-12-31. ISO parsing alone accepts years up to ±999,999,999, which
 * PostgreSQL and the calendar arithmetic cannot hold.
 */
public final class DateBounds {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

	private DateBounds() {
	}

	/** The value if it is a date or time within the bounds (or not a date at all). */
	public static <T> T check(T value) {
		LocalDate day = dayOf(value);
		if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LATEST))) {
			throw new IllegalArgumentException("Date outside " + EARLIEST + " … " + LATEST);
		}
		return value;
	}

	/** The 400 problem naming the field. */
	public static cn.gov.tobacco.platform.problem.ApiException rejected(String field) {
		return cn.gov.tobacco.platform.problem.ApiException.validation(java.util.List
			.of(cn.gov.tobacco.platform.problem.FieldProblem.of(field, "日期超出允许范围（" + EARLIEST + " 至 " + LATEST + "）",
					"date outside the accepted range " + EARLIEST + " to " + LATEST)));
	}

	private static LocalDate dayOf(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof LocalDateTime time) {
			return time.toLocalDate();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toLocalDate();
		}
		if (value instanceof ZonedDateTime time) {
			return time.toLocalDate();
		}
		if (value instanceof Instant instant) {
			// Instant.atOffset cannot overflow for any Instant value.
			return instant.atOffset(ZoneOffset.UTC).toLocalDate();
		}
		return null;
	}

}
