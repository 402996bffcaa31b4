import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GATEWAY, desktop, expectNoAxeViolations, journey, phone, runId, screenshot, signedInAt } from './support';
import { DEMO_APPLICANT, applicationState as stateOf, fillNewApplication, saveDraft, startNewApplication, tapMap, uploadNewDocuments } from './applications';

const bureauState = (page: Page) => page.locator('[data-testid="bureau-application"] [data-testid="state-tag"]');

journey('a retail license, from application to verification', (browser) => {
  it('retailer applies with documents, the Xihu clerk accepts, the approver approves, the retailer sees the license and its QR page', async () => {
    const id = runId();

    // the retailer files a complete NEW application and submits it
    const retailer = await phone(browser());
    const p = retailer.page;
    await startNewApplication(p);
    await fillNewApplication(p, {
      businessName: `西湖烟酒店 ${id}`, applicant: DEMO_APPLICANT, businessScope: '卷烟、雪茄烟零售', address: `留下街道 ${id} 号`,
    });
    await tapMap(p, id, { left: 20, top: 20, width: 270, height: 180 });
    const applicationId = await saveDraft(p);
    const applicationUrl = p.url();
    await expectNoAxeViolations(p);

    await uploadNewDocuments(p);
    await p.click('[data-testid="submit-application"]');
    await expect.poll(async () => (await stateOf(p).textContent())?.trim()).toBe('已提交');
    await expectNoAxeViolations(p, 'submitted');

    // the clerk of Xihu district accepts it and starts the review
    const clerk = await desktop(browser());
    await signedInAt(clerk.page, `/console/applications/${applicationId}`, 'clerk.xihu');
    await expectNoAxeViolations(clerk.page);
    await clerk.page.click('[data-testid="bureau-action-ACCEPT"]');
    await expect.poll(async () => (await bureauState(clerk.page).textContent())?.trim()).toBe('已受理');
    await clerk.page.click('[data-testid="bureau-action-START_REVIEW"]');
    await expect.poll(async () => (await bureauState(clerk.page).textContent())?.trim()).toBe('审查中');
    await clerk.page.waitForSelector('[data-testid="refusal-checks"] tr');
    await expectNoAxeViolations(clerk.page, 'review');
    await screenshot(clerk.page, 'license-clerk-review');

    // the approver decides
    const approver = await desktop(browser());
    await signedInAt(approver.page, `/console/applications/${applicationId}`, 'approver');
    await approver.page.click('[data-testid="bureau-action-DECIDE"]');
    await expectNoAxeViolations(approver.page, 'decision form');
    await approver.page.check('[data-testid="decide-approved"]');
    await approver.page.fill('[data-testid="decide-reason"]', '材料齐全，符合法定条件，准予许可。');
    await approver.page.click('[data-testid="bureau-action-submit"]');
    await expect.poll(async () => (await bureauState(approver.page).textContent())?.trim()).toBe('准予许可');
    await expectNoAxeViolations(approver.page, 'approved');

    // the retailer sees the decision, the license and its QR code, and the public page behind it
    await p.goto(applicationUrl);
    await expect.poll(async () => (await stateOf(p).textContent())?.trim()).toBe('准予许可');
    await expectNoAxeViolations(p, 'approved');
    await p.click('[data-testid="application-license"]');
    await p.waitForSelector('[data-testid="qr-code"]');
    expect((await p.locator('[data-testid="license-status"]').textContent())?.trim()).toBe('有效');
    const licenseNo = (await p.locator('[data-testid="license-number"] .van-cell__value').textContent())?.trim() ?? '';
    expect(licenseNo).toMatch(/^\d{15}$/);
    await expectNoAxeViolations(p);
    await screenshot(p, 'license-retailer-license');

    await p.click('[data-testid="license-verify-link"]');
    await p.waitForURL(`${GATEWAY}/verify/${licenseNo}`);
    await p.waitForSelector('[data-testid="verify-result"]');
    expect((await p.locator('[data-testid="verify-status"]').textContent())?.trim()).toBe('有效');
    await expectNoAxeViolations(p);
    await screenshot(p, 'license-verified');
  });
});
