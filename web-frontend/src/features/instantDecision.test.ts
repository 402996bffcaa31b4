import { describe, expect, it } from 'vitest';
import type { Application } from '@/api/licensing';
import { awaitingPerson, instantStanding, instantlyApprovedAt, mayRevoke, reasonIn } from './instantDecision';

const decision = { rule: 'RULE:instant-approval@1', reasons: ['信用等级 A · Credit grade A'], reviewUntil: '2026-12-14' };
const application = (extra: Partial<Application> = {}): Application => ({
  id: 'a', number: 'SQ1', type: 'RENEWAL', state: 'APPROVED', version: 2, createdAt: '', updatedAt: '', instantDecision: decision, ...extra,
});

describe('instant decisions', () => {
  it('are under review up to and including the last day of the window, then final; revoked whatever the day', () => {
    expect(instantStanding(undefined, '2026-12-10')).toBeUndefined();
    expect(instantStanding(decision, '2026-12-14')).toBe('UNDER_REVIEW');
    expect(instantStanding(decision, '2026-12-15')).toBe('FINAL');
    expect(instantStanding({ ...decision, revokedAt: '2026-12-08T02:30:00Z' }, '2026-12-10')).toBe('REVOKED');
  });

  it('show a reason in the reader’s language, and one not in the "中文 · English" form whole', () => {
    expect(reasonIn('信用等级 A · Credit grade A', 'zh-CN')).toBe('信用等级 A');
    expect(reasonIn('信用等级 A · Credit grade A', 'en')).toBe('Credit grade A');
    expect(reasonIn('信用等级 A', 'en')).toBe('信用等级 A');
    expect(reasonIn('甲 · 乙 · 丙', 'en')).toBe('甲 · 乙 · 丙');
  });

  it('take the time of the newest INSTANTLY_APPROVED entry', () => {
    const entry = (seq: number, action: string, at: string) => ({ seq, action, actor: '', detail: '{}', at, prevHash: '', hash: '' });
    expect(instantlyApprovedAt([entry(1, 'SUBMITTED', 'x')])).toBeUndefined();
    expect(instantlyApprovedAt([entry(1, 'INSTANTLY_APPROVED', 'first'), entry(2, 'INSTANTLY_APPROVED', 'second')])).toBe('second');
  });

  it('may be revoked by an APPROVER only, while approved and the window is open', () => {
    expect(mayRevoke(application(), ['APPROVER'], '2026-12-14')).toBe(true);
    expect(mayRevoke(application(), ['CLERK', 'SUPERVISOR'], '2026-12-14')).toBe(false);
    expect(mayRevoke(application(), ['APPROVER'], '2026-12-15')).toBe(false);
    expect(mayRevoke(application({ state: 'UNDER_REVIEW', instantDecision: { ...decision, revokedAt: 'x' } }), ['APPROVER'], '2026-12-10')).toBe(false);
    expect(mayRevoke(application({ instantDecision: undefined }), ['APPROVER'], '2026-12-10')).toBe(false);
  });

  it('wait for a person after a revocation until the application is decided again', () => {
    const revoked = { ...decision, revokedAt: 'x' };
    expect(awaitingPerson(application({ state: 'UNDER_REVIEW', instantDecision: revoked }))).toBe(true);
    expect(awaitingPerson(application({ state: 'REFUSED', instantDecision: revoked }))).toBe(false);
    expect(awaitingPerson(application())).toBe(false);
  });
});
