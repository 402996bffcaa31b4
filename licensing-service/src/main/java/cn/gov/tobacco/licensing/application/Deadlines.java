package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;

import cn.gov.tobacco.platform.calendar.Deadline;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;

/**
 * The legal clocks of DESIGN.md §4 in working days, applied to a {@link Progress}:
 * acceptance within 5 (else accepted on submission, 行政许可法 Art. 32), decision within 20 of
 * acceptance (Art. 42), +10 once with approval; a correction notice stops the acceptance
 * clock until the resubmission; the service promise runs separately.
 */
final class Deadlines {

	static final int ACCEPTANCE_DAYS = 5;

	static final int DECISION_DAYS = 20;

	static final int EXTENSION_DAYS = 10;

	private Deadlines() {
	}

	static void submitted(Progress p, LocalDate today, WorkingDayCalendar calendar, int promiseDays) {
		p.submittedOn = today;
		p.acceptanceDue = due(p, calendar.addWorkingDays(today, Math.max(0, ACCEPTANCE_DAYS - p.acceptanceDaysUsed)));
		// Until a clerk acts, the application may count as accepted on submission.
		p.decisionDue = due(p, calendar.addWorkingDays(today, DECISION_DAYS));
		p.promiseDue = due(p, calendar.addWorkingDays(today, promiseDays));
		p.currentDue = p.acceptanceDue;
	}

	static void correctionRequested(Progress p, LocalDate today, WorkingDayCalendar calendar) {
		p.acceptanceDaysUsed = Math.min(ACCEPTANCE_DAYS,
				p.acceptanceDaysUsed + calendar.workingDaysBetween(p.submittedOn, today));
		p.correctionCount++;
		p.currentDue = null;
	}

	static void accepted(Progress p, LocalDate acceptedOn, WorkingDayCalendar calendar, int promiseDays) {
		p.acceptedOn = acceptedOn;
		p.decisionDue = due(p, calendar.addWorkingDays(acceptedOn, DECISION_DAYS));
		p.promiseDue = due(p, calendar.addWorkingDays(acceptedOn, promiseDays));
		p.currentDue = p.decisionDue;
	}

	/** The service promise again from {@code from} (a commitment signed or withdrawn). */
	static void promised(Progress p, LocalDate from, WorkingDayCalendar calendar, int promiseDays) {
		p.promiseDue = due(p, calendar.addWorkingDays(from, promiseDays));
	}

	static void extended(Progress p, WorkingDayCalendar calendar) {
		p.decisionDue = due(p, calendar.addWorkingDays(p.decisionDue, EXTENSION_DAYS));
		p.currentDue = p.decisionDue;
	}

	static void finished(Progress p) {
		p.currentDue = null;
		p.deadlineFlag = null;
	}

	private static LocalDate due(Progress p, Deadline deadline) {
		p.calendarAssumed |= deadline.provisional();
		return deadline.due();
	}

}
