import type { CaseAction, CaseDetail, CaseState } from '@/api/complaints';

/**
 * Which actions to offer on a case: the service's lifecycle whitelist (complaints-hotline
 * `Action`) and the roles of the spec's `actOnCase`. The server stays the judge; this
 * only avoids offering what it would refuse.
 */
const FROM: Record<Exclude<CaseAction, 'REWARD'>, readonly CaseState[]> = {
  ACCEPT: ['RECEIVED'],
  NOT_ACCEPT: ['RECEIVED', 'ESCALATED'],
  DISPATCH: ['ACCEPTED', 'REOPENED', 'ESCALATED'],
  START: ['DISPATCHED'],
  ANSWER: ['IN_PROGRESS'],
  ESCALATE: ['RECEIVED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'REOPENED'],
};

const ROLES: Record<CaseAction, readonly string[]> = {
  ACCEPT: ['HOTLINE_AGENT', 'SUPERVISOR'],
  NOT_ACCEPT: ['HOTLINE_AGENT', 'SUPERVISOR'],
  DISPATCH: ['HOTLINE_AGENT', 'SUPERVISOR'],
  START: ['HANDLER'],
  ANSWER: ['HANDLER'],
  ESCALATE: ['SUPERVISOR'],
  REWARD: ['SUPERVISOR'],
};

/** What each action needs besides the version. */
export const NEEDS: Partial<Record<CaseAction, 'reason' | 'answer' | 'amount'>> = {
  NOT_ACCEPT: 'reason',
  ESCALATE: 'reason',
  ANSWER: 'answer',
  REWARD: 'amount',
};

export function availableActions(detail: Pick<CaseDetail, 'summary' | 'outcome'>, roles: readonly string[]): CaseAction[] {
  const state = detail.summary.state;
  const allowed = (action: CaseAction) => ROLES[action].some((role) => roles.includes(role));
  const actions = (Object.keys(FROM) as Exclude<CaseAction, 'REWARD'>[]).filter(
    (action) => FROM[action].includes(state) && allowed(action),
  );
  const rewardable = detail.summary.kind === 'REPORT' && detail.outcome === 'SUBSTANTIATED';
  return rewardable && allowed('REWARD') ? [...actions, 'REWARD'] : actions;
}
