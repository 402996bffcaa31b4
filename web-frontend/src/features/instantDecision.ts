import type { Application, ApplicationState, AuditEntry, InstantDecision } from '@/api/licensing';
import { bureauDay } from '@/pages/console/statisticsRange';

/**
 * 秒批 (instant approval) as the pages show it: where an application's instant decision
 * stands, what the rule found in the reader's language, when it was taken, and whether an
 * APPROVER may still revoke it. The service stays the judge (licensing `InstantApprovals`).
 */
export type InstantStanding =
  /** approved by the rule; the bureau may still review (and revoke) it */
  | 'UNDER_REVIEW'
  /** approved by the rule; the review window has ended, the decision stands */
  | 'FINAL'
  /** revoked by an APPROVER; a person reviews the application */
  | 'REVOKED';

/** The states in which a revoked application is still with a person (not yet decided again). */
const OPEN: readonly ApplicationState[] = ['ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK'];

export function instantStanding(decision: InstantDecision | undefined, today: string = bureauDay(new Date())): InstantStanding | undefined {
  if (!decision) return undefined;
  if (decision.revokedAt) return 'REVOKED';
  return today <= decision.reviewUntil ? 'UNDER_REVIEW' : 'FINAL';
}

/** A revoked instant decision whose application a person has not decided yet. */
export function awaitingPerson(application: Application): boolean {
  return !!application.instantDecision?.revokedAt && OPEN.includes(application.state);
}

/**
 * One of the rule's reasons ("中文 · English", as recorded in the audit chain) in the
 * reader's language; a reason that is not in that form is shown whole.
 */
export function reasonIn(reason: string, locale: string): string {
  const parts = reason.split(' · ');
  if (parts.length !== 2 || !parts[0]!.trim() || !parts[1]!.trim()) return reason;
  return (locale === 'en' ? parts[1]! : parts[0]!).trim();
}

/** When the rule decided: the newest INSTANTLY_APPROVED entry of the audit chain. */
export function instantlyApprovedAt(entries: readonly AuditEntry[]): string | undefined {
  return [...entries].reverse().find((e) => e.action === 'INSTANTLY_APPROVED')?.at;
}

/** Whether the caller may revoke now: an APPROVER, the application still approved by the rule, the window open. */
export function mayRevoke(application: Application, roles: readonly string[], today: string = bureauDay(new Date())): boolean {
  return (
    roles.includes('APPROVER') &&
    application.state === 'APPROVED' &&
    instantStanding(application.instantDecision, today) === 'UNDER_REVIEW'
  );
}
