import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GATEWAY, desktop, expectNoAxeViolations, journey, phone, runId, screenshot, signedInAt } from './support';
import { applicationState as stateOf, freshCreditCode, freshResidentId, newDocuments } from './applications';

const DISTRICT = '330102';
const SETTINGS = `/api/licensing/admin/jurisdictions/${DISTRICT}/settings`;

const bureauState = (page: Page) => page.locator('[data-testid="bureau-application"] [data-testid="state-tag"]');

async function xsrf(page: Page): Promise<string> {
  const cookies = await page.context().cookies(GATEWAY);
  return cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
}

/** A call of the signed-in user's session (cookie and CSRF token), answering its JSON. */
async function api<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown, create = false): Promise<T> {
  const headers: Record<string, string> = { 'X-XSRF-TOKEN': await xsrf(page), 'Accept-Language': 'zh-CN' };
  if (create) headers['Idempotency-Key'] = randomUUID();
  const answer = await page.request.fetch(`${GATEWAY}${path}`, { method, headers, data });
  expect(answer.ok(), `${method} ${path}: ${answer.status()} ${await answer.text()}`).toBe(true);
  return (await answer.json()) as T;
}

type App = { id: string; version: number; state: string; licenseNo?: string; number: string };
type Settings = {
  name: string; promiseDays: number; schoolDistanceMetres: number; outletSpacingMetres: number;
  instantApproval?: { kinds: string[]; reviewDays?: number };
};

/**
 * Issue 16 point 1 (秒批): the ADMIN turns instant approval on for renewals in 上城区; the
 * A-grade retailer retailer.hubin (a license first: NEW filed, accepted by clerk.shangcheng
 * and approved by the approver, through the API) renews from a phone reusing the documents
 * verified before and sees 已即时办结 at once; the approver finds it in the queue's review view
 * and revokes it with a reason; the retailer sees that a person now reviews it. Renewals are
 * switched off again at the end (also when a step failed). axe after every step.
 */
journey('instant approval (秒批)', (browser) => {
  it('a renewal is approved on submission, listed for review, revoked by the approver, and the retailer sees each', async () => {
    const id = runId();
    const admin = await desktop(browser());
    await signedInAt(admin.page, '/console/admin/jurisdictions', 'admin');
    const before = await api<Settings>(admin.page, 'GET', SETTINGS);
    expect(before.instantApproval, 'the platform runs a licensing service with instant approval').toBeDefined();
    try {
      // the ADMIN turns it on for renewals in 上城区
      const a = admin.page;
      await expectNoAxeViolations(a);
      await a.selectOption('[data-testid="jurisdiction-code"]', DISTRICT);
      await a.waitForSelector('[data-testid="jurisdiction-instant"]');
      await a.check('[data-testid="jurisdiction-instant-RENEWAL"]');
      await a.click('[data-testid="jurisdiction-save"]');
      await a.waitForSelector('[data-testid="jurisdiction-saved"]');
      expect((await api<Settings>(a, 'GET', SETTINGS)).instantApproval?.kinds).toContain('RENEWAL');
      await expectNoAxeViolations(a, 'instant approval on');

      // retailer.hubin (credit grade A) holds a license: NEW filed, accepted, approved
      const retailer = await phone(browser());
      const p = retailer.page;
      await signedInAt(p, '/portal', 'retailer.hubin');
      const profile = await api<{ grade: string }>(p, 'GET', '/api/licensing/credit/profile');
      expect(profile.grade, 'retailer.hubin has credit grade A').toBe('A');
      const draft = await api<App>(p, 'POST', '/api/licensing/applications', {
        type: 'NEW', businessName: `湖滨烟酒店 ${id}`, creditCode: freshCreditCode('91330102'), operatorName: '赵丽华', operatorIdNumber: freshResidentId(),
        mobile: '13812345678', businessScope: '卷烟、雪茄烟零售',
        premises: { address: `湖滨路 ${id} 号`, divisionCode: DISTRICT, latitude: 30.0 + Math.random() * 0.5, longitude: 119.8 + Math.random() * 0.6 },
      }, true);
      for (const [documentType, file] of Object.entries(newDocuments())) {
        const answer = await p.request.post(`${GATEWAY}/api/licensing/applications/${draft.id}/documents`, {
          headers: { 'X-XSRF-TOKEN': await xsrf(p), 'Idempotency-Key': randomUUID() },
          multipart: { documentType, file },
        });
        expect(answer.status(), await answer.text()).toBe(201);
      }
      let app = await api<App>(p, 'POST', `/api/licensing/applications/${draft.id}/submission`, { version: draft.version });
      const clerk = await desktop(browser());
      await signedInAt(clerk.page, '/console', 'clerk.shangcheng');
      app = await api<App>(clerk.page, 'POST', `/api/licensing/applications/${app.id}/acceptance`, { version: app.version });
      app = await api<App>(clerk.page, 'POST', `/api/licensing/applications/${app.id}/review`, { version: app.version });
      const approver = await desktop(browser());
      await signedInAt(approver.page, '/console', 'approver');
      app = await api<App>(approver.page, 'POST', `/api/licensing/applications/${app.id}/decision`, {
        version: app.version, outcome: 'APPROVED', reason: '材料齐全，符合法定条件，准予许可。',
      });
      expect(app.state).toBe('APPROVED');
      const licenseNo = (await api<App>(p, 'GET', `/api/licensing/applications/${app.id}`)).licenseNo!;
      expect(licenseNo).toMatch(/^\d{15}$/);

      // the retailer renews at 375 px, reusing the business license and ID card verified before
      await p.goto(`${GATEWAY}/portal/licenses/${licenseNo}`);
      await p.waitForSelector('[data-testid="license-status"]');
      await expectNoAxeViolations(p, 'license');
      await p.goto(`${GATEWAY}/portal/applications/new?type=RENEWAL&licenseNo=${licenseNo}`);
      await p.waitForSelector('[data-testid="field-licenseNo"]');
      await p.fill('[data-testid="field-mobile"] input', '13812345678');
      await expectNoAxeViolations(p, 'renewal form');
      await p.click('[data-testid="save-draft"]');
      await p.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
      const renewalUrl = p.url();
      const renewalId = renewalUrl.split('/').pop()!;
      await p.click('[data-testid="reuse-toggle"]');
      for (const [n, type] of ['营业执照', '身份证'].entries()) {
        await p.locator('[data-testid="reuse-group"]').filter({ has: p.locator(`h2:text-is("${type}")`) }).locator('[data-testid="reuse-attach"]').first().click();
        await p.locator('[data-testid="document-item"]').nth(n).waitFor({ timeout: 30_000 });
      }
      await expectNoAxeViolations(p, 'documents reused');
      await p.click('[data-testid="submit-application"]');
      await expect.poll(async () => (await stateOf(p).textContent())?.trim()).toBe('准予许可');
      const card = p.locator('[data-testid="instant-decision"]');
      await expect.poll(() => card.locator('[data-testid="instant-status"]').textContent()).toContain('已即时办结');
      expect(await card.locator('[data-testid="instant-reason"]').allTextContents()).toEqual(
        expect.arrayContaining(['信用等级 A', '所需材料齐全且均已核验', '自动审查全部通过']),
      );
      expect(await card.locator('[data-testid="instant-review-note"]').textContent()).toContain('前复核这一决定');
      await p.waitForSelector('[data-testid="instant-decided-at"]');
      await expectNoAxeViolations(p, 'approved instantly');
      await screenshot(p, 'instant-retailer-approved');

      // … the same in elder-friendly mode, and on the home row
      await p.click('[data-testid="elder-switch"]');
      await expect.poll(() => card.locator('[data-testid="instant-status"]').textContent()).toContain('当场就办好了');
      await expectNoAxeViolations(p, 'approved instantly, elder mode');
      await screenshot(p, 'instant-retailer-approved-elder');
      await p.click('[data-testid="elder-switch"]');
      await p.goto(`${GATEWAY}/portal`);
      const row = p.locator('[data-testid="application-item"]').filter({ hasText: (await api<App>(p, 'GET', `/api/licensing/applications/${renewalId}`)).number });
      expect(await row.locator('[data-testid="application-instant"]').textContent()).toContain('已即时办结');
      await expectNoAxeViolations(p, 'home');

      // the approver finds it among the instant approvals under review and revokes it
      const ap = approver.page;
      await ap.goto(`${GATEWAY}/console/queue?view=instant-review`);
      const queued = ap.locator('[data-testid="queue-row"]').filter({ has: ap.locator(`a[href="/console/applications/${renewalId}"]`) });
      await queued.waitFor();
      expect((await queued.locator('[data-testid="queue-review-until"]').textContent())?.trim()).toMatch(/\d{4}\/\d{2}\/\d{2}/);
      await expectNoAxeViolations(ap, 'review view');
      await queued.locator('a').first().click();
      await ap.waitForSelector('[data-testid="bureau-instant"]');
      await expectNoAxeViolations(ap, 'instant decision');
      await ap.click('[data-testid="instant-revoke"]');
      await ap.fill('[data-testid="instant-revoke-reason"]', `经营场所近期有举报线索，转人工核查（${id}）`);
      await ap.click('[data-testid="instant-revoke-submit"]');
      await ap.waitForSelector('.van-dialog__confirm');
      await expectNoAxeViolations(ap, 'revoke confirmation');
      await ap.click('.van-dialog__confirm');
      await expect.poll(async () => (await bureauState(ap).textContent())?.trim()).toBe('审查中');
      expect(await ap.textContent('[data-testid="bureau-instant-standing"]')).toContain('即时办结已撤销');
      await expectNoAxeViolations(ap, 'revoked');
      await screenshot(ap, 'instant-approver-revoked');

      // the retailer sees that a person now reviews it, why, and by when
      await p.goto(renewalUrl);
      await expect.poll(() => card.locator('[data-testid="instant-status"]').textContent()).toContain('即时办结已撤销');
      expect(await card.locator('[data-testid="instant-revoked-reason"]').textContent()).toContain(id);
      await p.waitForSelector('[data-testid="instant-new-deadline"]');
      await expectNoAxeViolations(p, 'revoked');
      await screenshot(p, 'instant-retailer-revoked');

      // the ADMIN switches renewals off again
      await a.reload();
      await a.selectOption('[data-testid="jurisdiction-code"]', DISTRICT);
      await a.waitForSelector('[data-testid="jurisdiction-instant"]');
      await a.uncheck('[data-testid="jurisdiction-instant-RENEWAL"]');
      await a.click('[data-testid="jurisdiction-save"]');
      await a.waitForSelector('[data-testid="jurisdiction-saved"]');
      await expectNoAxeViolations(a, 'instant approval off');
    } finally {
      // whatever happened above, renewals are not left on for other runs and journeys
      const now = await api<Settings>(admin.page, 'GET', SETTINGS);
      if (now.instantApproval?.kinds.includes('RENEWAL')) {
        const { name, promiseDays, schoolDistanceMetres, outletSpacingMetres } = now;
        await api(admin.page, 'PUT', SETTINGS, {
          name, promiseDays, schoolDistanceMetres, outletSpacingMetres,
          instantApproval: { kinds: now.instantApproval.kinds.filter((k) => k !== 'RENEWAL'), reviewDays: now.instantApproval.reviewDays },
        });
      }
    }
    expect((await api<Settings>(admin.page, 'GET', SETTINGS)).instantApproval?.kinds).not.toContain('RENEWAL');
  });
});
