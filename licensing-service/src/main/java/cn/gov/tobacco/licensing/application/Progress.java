package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an application stands against its deadlines, and what the bureau recorded on the
 * way. Mutable on purpose: a transition works on a {@link #copy()}.
 */
public final class Progress {

	LocalDate submittedOn;

	LocalDate acceptedOn;

	LocalDate acceptanceDue;

	int acceptanceDaysUsed;

	LocalDate decisionDue;

	LocalDate promiseDue;

	LocalDate currentDue;

	String deadlineFlag;

	boolean calendarAssumed;

	int correctionCount;

	String correctionItems;

	String extensionReason;

	String extensionBy;

	String outcomeReason;

	String decidedBy;

	Instant decidedAt;

	String assignee;

	String siteFindings;

	Boolean sitePassed;

	String registryStatus;

	int registryAttempts;

	Instant registryNextAt;

	String registryDetail;

	boolean promiseCommitted;

	String creditCodeOverrideCode;

	String creditCodeOverrideBy;

	Instant creditCodeOverrideAt;

	String creditCodeOverrideReason;

	/** 秒批: the rule that decided (`RULE:name@version`), or null. */
	String instantRule;

	/** What the rule found, one line each (JSON array). */
	String instantReasons;

	LocalDate instantReviewUntil;

	/**
	 * The license's terms before the rule's decision (JSON), restored on a revocation.
	 */
	String instantLicenseBefore;

	String instantRevokedBy;

	Instant instantRevokedAt;

	String instantRevokedReason;

	Progress copy() {
		Progress p = new Progress();
		p.submittedOn = this.submittedOn;
		p.acceptedOn = this.acceptedOn;
		p.acceptanceDue = this.acceptanceDue;
		p.acceptanceDaysUsed = this.acceptanceDaysUsed;
		p.decisionDue = this.decisionDue;
		p.promiseDue = this.promiseDue;
		p.currentDue = this.currentDue;
		p.deadlineFlag = this.deadlineFlag;
		p.calendarAssumed = this.calendarAssumed;
		p.correctionCount = this.correctionCount;
		p.correctionItems = this.correctionItems;
		p.extensionReason = this.extensionReason;
		p.extensionBy = this.extensionBy;
		p.outcomeReason = this.outcomeReason;
		p.decidedBy = this.decidedBy;
		p.decidedAt = this.decidedAt;
		p.assignee = this.assignee;
		p.siteFindings = this.siteFindings;
		p.sitePassed = this.sitePassed;
		p.registryStatus = this.registryStatus;
		p.registryAttempts = this.registryAttempts;
		p.registryNextAt = this.registryNextAt;
		p.registryDetail = this.registryDetail;
		p.promiseCommitted = this.promiseCommitted;
		p.creditCodeOverrideCode = this.creditCodeOverrideCode;
		p.creditCodeOverrideBy = this.creditCodeOverrideBy;
		p.creditCodeOverrideAt = this.creditCodeOverrideAt;
		p.creditCodeOverrideReason = this.creditCodeOverrideReason;
		p.instantRule = this.instantRule;
		p.instantReasons = this.instantReasons;
		p.instantReviewUntil = this.instantReviewUntil;
		p.instantLicenseBefore = this.instantLicenseBefore;
		p.instantRevokedBy = this.instantRevokedBy;
		p.instantRevokedAt = this.instantRevokedAt;
		p.instantRevokedReason = this.instantRevokedReason;
		return p;
	}

	public LocalDate submittedOn() {
		return this.submittedOn;
	}

	public LocalDate acceptanceDue() {
		return this.acceptanceDue;
	}

	public LocalDate decisionDue() {
		return this.decisionDue;
	}

	public LocalDate promiseDue() {
		return this.promiseDue;
	}

	public LocalDate currentDue() {
		return this.currentDue;
	}

	/** The deadline flag last announced: DUE_SOON, OVERDUE, or none. */
	public String deadlineFlag() {
		return this.deadlineFlag;
	}

	public String assignee() {
		return this.assignee;
	}

	public String registryStatus() {
		return this.registryStatus;
	}

}
