package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.platform.calendar.CalendarDay;
import cn.gov.tobacco.platform.calendar.DayKind;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal clocks in working days: 5 to accept, 20 to decide after acceptance, +10 once
 * with approval (行政许可法 Art. 32, 42), over the published 2026 arrangement and the
 * provisional statutory holidays of the unpublished 2027.
 */
class DeadlinesTests {

	/** 2026 published (its National Day block), 2027 not. */
	static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(days2026());

	@Test
	void decisionIsDueTwentyWorkingDaysAfterAcceptanceAndTenMoreWithAnExtension() {
		Progress p = new Progress();
		Deadlines.accepted(p, LocalDate.of(2026, 9, 30), CALENDAR, 10);
		// 1–7 Oct off, Sat 10 Oct a make-up working day: Oct 8–10, 12–16, 19–23, 26–30,
		// Nov 2–3.
		assertThat(p.decisionDue).isEqualTo(LocalDate.of(2026, 11, 3));
		assertThat(p.currentDue).isEqualTo(p.decisionDue);
		Deadlines.extended(p, CALENDAR);
		// Nov 4–6, 9–13, 16–17.
		assertThat(p.decisionDue).isEqualTo(LocalDate.of(2026, 11, 17));
		assertThat(p.currentDue).isEqualTo(LocalDate.of(2026, 11, 17));
		assertThat(p.calendarAssumed).isFalse();
	}

	@Test
	void aDeadlineInAnUnpublishedYearSkipsTheStatutoryHolidaysAndIsProvisional() {
		Progress p = new Progress();
		Deadlines.submitted(p, LocalDate.of(2026, 12, 29), CALENDAR, 10);
		// Dec 30, 31, (1 Jan 2027 元旦), Jan 4, 5, 6.
		assertThat(p.acceptanceDue).isEqualTo(LocalDate.of(2027, 1, 6));
		assertThat(p.calendarAssumed).isTrue();

		Progress q = new Progress();
		Deadlines.accepted(q, LocalDate.of(2026, 12, 10), CALENDAR, 10);
		// Dec 11, 14–18, 21–25, 28–31 (15), Jan 4–8 (20): never 1 Jan 2027.
		assertThat(q.decisionDue).isEqualTo(LocalDate.of(2027, 1, 8));
		assertThat(q.calendarAssumed).isTrue();
		Deadlines.extended(q, CALENDAR);
		assertThat(q.decisionDue).isEqualTo(LocalDate.of(2027, 1, 22));
	}

	@Test
	void theSpringFestivalOfAnUnpublishedYearIsOff() {
		Progress p = new Progress();
		Deadlines.accepted(p, LocalDate.of(2027, 1, 29), CALENDAR, 10);
		// Feb 1–4 (4), 除夕 Fri 5 Feb to Mon 8 Feb off, Feb 9–12 (8), 15–26 (18), Mar 1–2
		// (20).
		assertThat(p.decisionDue).isEqualTo(LocalDate.of(2027, 3, 2));
	}

	@Test
	void submissionStartsTheAcceptanceTheDecisionAndThePromiseClocks() {
		Progress p = new Progress();
		// Mon 23 Nov 2026: 5 working days to accept, 20 to decide, 10 promised.
		Deadlines.submitted(p, LocalDate.of(2026, 11, 23), CALENDAR, 10);
		assertThat(p.submittedOn).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(p.acceptanceDue).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(p.decisionDue).isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(p.promiseDue).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(p.currentDue).isEqualTo(p.acceptanceDue);
		assertThat(p.calendarAssumed).isFalse();
	}

	@Test
	void aMakeUpWorkingDayCountsAndAHolidayBlockDoesNot() {
		Progress p = new Progress();
		// Fri 9 Oct 2026: Sat 10 Oct is a make-up working day, Sun 11 Oct is not.
		Deadlines.submitted(p, LocalDate.of(2026, 10, 9), CALENDAR, 0);
		assertThat(p.acceptanceDue).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(p.promiseDue).isEqualTo(LocalDate.of(2026, 10, 9));
		Progress q = new Progress();
		// Wed 30 Sep: 1–7 Oct off; Oct 8, 9, 10 (make-up), 12, 13.
		Deadlines.submitted(q, LocalDate.of(2026, 9, 30), CALENDAR, 10);
		assertThat(q.acceptanceDue).isEqualTo(LocalDate.of(2026, 10, 13));
	}

	@Test
	void aCorrectionNoticePausesTheAcceptanceClockAndTheResubmissionGetsTheRest() {
		Progress p = new Progress();
		Deadlines.submitted(p, LocalDate.of(2026, 11, 23), CALENDAR, 10);
		// Notice on Wed 25 Nov: 24 and 25 Nov used.
		Deadlines.correctionRequested(p, LocalDate.of(2026, 11, 25), CALENDAR);
		assertThat(p.acceptanceDaysUsed).isEqualTo(2);
		assertThat(p.correctionCount).isEqualTo(1);
		assertThat(p.currentDue).isNull();
		// Resubmitted Tue 1 Dec: 3 working days left, Dec 2, 3, 4.
		Deadlines.submitted(p, LocalDate.of(2026, 12, 1), CALENDAR, 10);
		assertThat(p.submittedOn).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(p.acceptanceDue).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(p.currentDue).isEqualTo(p.acceptanceDue);
		// A second notice on Thu 3 Dec adds 2 more (Dec 2, 3).
		Deadlines.correctionRequested(p, LocalDate.of(2026, 12, 3), CALENDAR);
		assertThat(p.acceptanceDaysUsed).isEqualTo(4);
		assertThat(p.correctionCount).isEqualTo(2);
	}

	@Test
	void theDaysUsedBeforeCorrectionsNeverExceedTheFiveAndANoticeOnTheSubmissionDayUsesNone() {
		Progress p = new Progress();
		Deadlines.submitted(p, LocalDate.of(2026, 11, 2), CALENDAR, 10);
		Deadlines.correctionRequested(p, LocalDate.of(2026, 11, 2), CALENDAR);
		assertThat(p.acceptanceDaysUsed).isZero();
		Deadlines.submitted(p, LocalDate.of(2026, 11, 2), CALENDAR, 10);
		// A notice made late (3 weeks) still counts at most 5.
		Deadlines.correctionRequested(p, LocalDate.of(2026, 11, 23), CALENDAR);
		assertThat(p.acceptanceDaysUsed).isEqualTo(Deadlines.ACCEPTANCE_DAYS);
		// Resubmitted: no working day left, due the day of the resubmission.
		Deadlines.submitted(p, LocalDate.of(2026, 11, 24), CALENDAR, 10);
		assertThat(p.acceptanceDue).isEqualTo(LocalDate.of(2026, 11, 24));
	}

	@Test
	void aCorrectionNoticeAcrossAHolidayBlockCountsOnlyWorkingDays() {
		Progress p = new Progress();
		Deadlines.submitted(p, LocalDate.of(2026, 9, 29), CALENDAR, 10);
		// Sep 30, (1–7 Oct off), Oct 8, 9.
		Deadlines.correctionRequested(p, LocalDate.of(2026, 10, 9), CALENDAR);
		assertThat(p.acceptanceDaysUsed).isEqualTo(3);
	}

	@Test
	void aCommitmentRestartsOnlyThePromiseAndTheEndClearsTheCurrentDeadline() {
		Progress p = new Progress();
		Deadlines.accepted(p, LocalDate.of(2026, 11, 23), CALENDAR, 10);
		LocalDate decisionDue = p.decisionDue;
		Deadlines.promised(p, LocalDate.of(2026, 11, 25), CALENDAR, 3);
		assertThat(p.promiseDue).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(p.decisionDue).isEqualTo(decisionDue);
		assertThat(p.currentDue).isEqualTo(decisionDue);
		p.deadlineFlag = "DUE_SOON";
		Deadlines.finished(p);
		assertThat(p.currentDue).isNull();
		assertThat(p.deadlineFlag).isNull();
		assertThat(p.decisionDue).isEqualTo(decisionDue);
	}

	@Test
	void acceptanceRunsTheDecisionClockFromTheAcceptanceDay() {
		Progress p = new Progress();
		Deadlines.submitted(p, LocalDate.of(2026, 11, 23), CALENDAR, 10);
		Deadlines.accepted(p, LocalDate.of(2026, 11, 25), CALENDAR, 10);
		assertThat(p.acceptedOn).isEqualTo(LocalDate.of(2026, 11, 25));
		// Nov 26, 27, 30, Dec 1–4, 7–11, 14–18, 21, 22, 23.
		assertThat(p.decisionDue).isEqualTo(LocalDate.of(2026, 12, 23));
		assertThat(p.promiseDue).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(p.currentDue).isEqualTo(p.decisionDue);
	}

	static List<CalendarDay> days2026() {
		List<CalendarDay> days = new ArrayList<>();
		for (int d = 1; d <= 7; d++) {
			days.add(new CalendarDay(LocalDate.of(2026, 10, d), DayKind.HOLIDAY, "国庆节"));
		}
		days.add(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.MAKEUP_WORKDAY, "国庆节调休"));
		return days;
	}

}
