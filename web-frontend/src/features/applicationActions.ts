import type { ApplicationState } from '@/api/licensing';

/**
 * The staff actions on an application, after the service's lifecycle whitelist
 * (licensing-service `Lifecycle`) and the role each action belongs to (`Action`). The
 * server stays the judge; this only avoids offering what it would refuse.
 */
export type StaffAction = 'ACCEPT' | 'REQUEST_CORRECTION' | 'START_REVIEW' | 'ASSIGN_SITE_CHECK' | 'RECORD_SITE_CHECK' | 'EXTEND' | 'DECIDE';

const RULES: Record<StaffAction, { from: readonly ApplicationState[]; role: string }> = {
  ACCEPT: { from: ['SUBMITTED'], role: 'CLERK' },
  REQUEST_CORRECTION: { from: ['SUBMITTED'], role: 'CLERK' },
  START_REVIEW: { from: ['ACCEPTED'], role: 'CLERK' },
  ASSIGN_SITE_CHECK: { from: ['UNDER_REVIEW'], role: 'CLERK' },
  RECORD_SITE_CHECK: { from: ['SITE_CHECK'], role: 'INSPECTOR' },
  EXTEND: { from: ['ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK'], role: 'APPROVER' },
  DECIDE: { from: ['UNDER_REVIEW'], role: 'APPROVER' },
};

export function staffActions(state: ApplicationState, roles: readonly string[], extended = false): StaffAction[] {
  return (Object.keys(RULES) as StaffAction[]).filter(
    (action) =>
      RULES[action].from.includes(state) && roles.includes(RULES[action].role) && !(action === 'EXTEND' && extended),
  );
}
