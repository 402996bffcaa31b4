package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;

import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;

/** How close an open item is to its current deadline. */
public enum Risk {

	OVERDUE, DUE_TODAY, DUE_SOON, LATER, PAUSED, NONE;

	/** Due within this many working days counts as {@link #DUE_SOON}. */
	static final int SOON_WORKING_DAYS = 2;

	public static Risk of(ApplicationState state, LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
		if (state == ApplicationState.CORRECTION_REQUESTED) {
			return PAUSED;
		}
		if (due == null || Lifecycle.isFinal(state) || state == ApplicationState.DRAFT) {
			return NONE;
		}
		if (due.isBefore(today)) {
			return OVERDUE;
		}
		if (due.isEqual(today)) {
			return DUE_TODAY;
		}
		return (calendar.workingDaysBetween(today, due) <= SOON_WORKING_DAYS) ? DUE_SOON : LATER;
	}

}
