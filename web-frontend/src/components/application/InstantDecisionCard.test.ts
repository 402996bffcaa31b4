import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { setElderMode } from '@/features/elderMode';
import ApplicationPage from '@/pages/portal/ApplicationPage.vue';
import PortalHome from '@/pages/portal/PortalHome.vue';
import InstantDecisionCard from './InstantDecisionCard.vue';

const reasons = [
  '本辖区对该类申请开启即时办结 · Instant approval is on for this kind of filing here',
  '信用等级 A · Credit grade A',
  '近 12 个月无查实举报、无严重失信记录 · No substantiated report or BREACH in the last 12 months',
  '所需材料齐全且均已核验 · Every required document present and verified',
  '自动审查全部通过 · Every automatic check passed',
];
const approved = {
  id: 'app-7',
  number: 'SQ20261207000007',
  type: 'RENEWAL',
  state: 'APPROVED',
  version: 2,
  licenseNo: '330102202600007',
  businessName: '湖滨烟酒店',
  createdAt: '2026-12-07T01:00:00Z',
  updatedAt: '2026-12-07T01:05:00Z',
  outcomeReason: '符合即时办结条件，系统即时办结（RULE:instant-approval@1）',
  instantDecision: { rule: 'RULE:instant-approval@1', reasons, reviewUntil: '2099-12-14' },
};
const revoked = {
  ...approved,
  state: 'UNDER_REVIEW',
  version: 3,
  outcomeReason: undefined,
  deadlines: { submittedOn: '2026-12-07', acceptedOn: '2026-12-07', decisionDue: '2027-01-05' },
  instantDecision: {
    ...approved.instantDecision,
    revokedAt: '2026-12-08T02:30:00Z',
    revokedBy: 'approver',
    revokedReason: '经营场所近期有举报线索，转人工核查',
  },
};
const audit = [
  { seq: 1, action: 'CREATED', actor: 'retailer.hubin', detail: '{}', at: '2026-12-07T01:00:00Z', prevHash: 'a', hash: 'b' },
  { seq: 2, action: 'SUBMITTED', actor: 'retailer.hubin', detail: '{}', at: '2026-12-07T01:04:00Z', prevHash: 'b', hash: 'c' },
  {
    seq: 3, action: 'INSTANTLY_APPROVED', actor: 'RULE:instant-approval@1', at: '2026-12-07T01:05:00Z', prevHash: 'c', hash: 'd',
    detail: JSON.stringify({ reason: '符合即时办结条件，系统即时办结（RULE:instant-approval@1）', reviewUntil: '2099-12-14' }),
  },
];

function backend(application: object, entries: object[] = audit) {
  return vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/licensing/applications/app-7') return jsonResponse(application);
    if (path.endsWith('/audit')) return jsonResponse(entries);
    return jsonResponse([]);
  });
}

describe('the instant decision in the portal', () => {
  afterEach(() => setElderMode(false));

  it('says plainly that the rule approved it, when, what it found and until when the bureau may review it', async () => {
    vi.stubGlobal('fetch', backend(approved));
    const { wrapper } = await mountWithApp(ApplicationPage, { props: { id: 'app-7' }, path: '/portal/applications/app-7' });
    await flushPromises();
    const card = wrapper.get('[data-testid="instant-decision"]');
    expect(card.get('[data-testid="instant-status"]').text()).toContain('已即时办结');
    // the time of the rule's decision, from the audit chain, in Beijing time
    expect(card.get('[data-testid="instant-decided-at"]').text()).toContain('2026/12/07 09:05');
    expect(card.findAll('[data-testid="instant-reason"]').map((r) => r.text())).toEqual([
      '本辖区对该类申请开启即时办结',
      '信用等级 A',
      '近 12 个月无查实举报、无严重失信记录',
      '所需材料齐全且均已核验',
      '自动审查全部通过',
    ]);
    expect(card.get('[data-testid="instant-review-until"]').text()).toContain('2099/12/14');
    expect(card.get('[data-testid="instant-review-note"]').text()).toContain('烟草专卖局可在 2099/12/14 前复核');
    expect(card.text()).not.toContain('Credit grade');
    expect(wrapper.get('[data-testid="application-timeline"]').text()).toContain('即时办结（系统按规则审批）');
    wrapper.unmount();
  });

  it('shows the reasons in English to an English reader', async () => {
    vi.stubGlobal('fetch', backend(approved));
    const { wrapper } = await mountWithApp(ApplicationPage, { props: { id: 'app-7' }, locale: 'en' });
    await flushPromises();
    const card = wrapper.get('[data-testid="instant-decision"]');
    expect(card.get('[data-testid="instant-status"]').text()).toContain('Approved instantly');
    expect(card.findAll('[data-testid="instant-reason"]')[1]!.text()).toBe('Credit grade A');
    expect(card.text()).toContain('The bureau may review this decision until 14/12/2099');
    expect(card.text()).not.toContain('信用等级');
    wrapper.unmount();
  });

  it('once revoked, says a person now reviews it, with the reason and the new legal deadline', async () => {
    const entries = [
      ...audit,
      {
        seq: 4, action: 'INSTANT_DECISION_REVOKED', actor: 'approver', at: '2026-12-08T02:30:00Z', prevHash: 'd', hash: 'e',
        detail: JSON.stringify({ reason: '经营场所近期有举报线索，转人工核查' }),
      },
    ];
    vi.stubGlobal('fetch', backend(revoked, entries));
    const { wrapper } = await mountWithApp(ApplicationPage, { props: { id: 'app-7' } });
    await flushPromises();
    const card = wrapper.get('[data-testid="instant-decision"]');
    expect(card.get('[data-testid="instant-status"]').text()).toContain('即时办结已撤销');
    expect(card.get('[data-testid="instant-status"]').text()).toContain('2026/12/08 撤销，现由工作人员审查您的申请');
    expect(card.get('[data-testid="instant-revoked-reason"]').text()).toContain('经营场所近期有举报线索，转人工核查');
    expect(card.get('[data-testid="instant-new-deadline"]').text()).toContain('2027/01/05');
    expect(card.text()).not.toContain('已即时办结');
    expect(card.find('[data-testid="instant-review-until"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="application-timeline"]').text()).toContain('撤销即时办结，转人工审查');
    wrapper.unmount();
  });

  it('says the decision stands once the review window has ended', async () => {
    const { wrapper } = await mountWithApp(InstantDecisionCard, {
      props: { application: { ...approved, instantDecision: { ...approved.instantDecision, reviewUntil: '2026-12-14' } } as never, today: '2026-12-15' },
    });
    expect(wrapper.get('[data-testid="instant-review-note"]').text()).toBe('复核期已于 2026/12/14 结束，决定已确定。');
    wrapper.unmount();
  });

  it('uses the plainer words in elder-friendly mode', async () => {
    setElderMode(true);
    const { wrapper } = await mountWithApp(InstantDecisionCard, { props: { application: approved as never, today: '2026-12-07' } });
    expect(wrapper.get('[data-testid="instant-status"]').text()).toContain('您的申请当场就办好了，不用再等');
    expect(wrapper.text()).toContain('系统查过的事项');
    expect(document.documentElement.classList.contains('elder')).toBe(true);
    wrapper.unmount();
  });

  it('tags the row on the portal home: 已即时办结, or 转人工审查 once revoked', async () => {
    const other = { ...approved, id: 'app-8', number: 'SQ20261207000008', instantDecision: undefined, state: 'SUBMITTED' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) =>
        new URL(request.url).pathname === '/api/licensing/licenses'
          ? jsonResponse({ items: [], total: 0, limit: 20 })
          : jsonResponse({ items: [approved, { ...revoked, id: 'app-9' }, other], total: 3, limit: 20 }),
      ),
    );
    const { wrapper } = await mountWithApp(PortalHome, { path: '/portal' });
    await flushPromises();
    const rows = wrapper.findAll('[data-testid="application-item"]');
    expect(rows[0]!.get('[data-testid="application-instant"]').text()).toBe('已即时办结');
    expect(rows[1]!.get('[data-testid="application-instant"]').text()).toBe('转人工审查');
    expect(rows[2]!.find('[data-testid="application-instant"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
