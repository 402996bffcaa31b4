import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { GATEWAY, desktop, launch, pdf, phone, png, runId, screenshot, signedInAt, expectNoAxeViolations } from './support';

const stateOf = (page: Page) => page.locator('[data-testid="application-detail"] [data-testid="state-tag"]');
const bureauState = (page: Page) => page.locator('[data-testid="bureau-application"] [data-testid="state-tag"]');

async function upload(page: Page, documentType: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const before = await page.locator('[data-testid="document-item"]').count();
  await page.selectOption('[data-testid="document-type"]', documentType);
  await page.setInputFiles('[data-testid="document-file"]', file);
  await page.click('[data-testid="document-upload-button"]');
  await page.locator('[data-testid="document-item"]').nth(before).waitFor({ timeout: 30_000 });
}

describe('a retail license, from application to verification', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('retailer applies with documents, the Xihu clerk accepts, the approver approves, the retailer sees the license and its QR page', async () => {
    const id = runId();

    // the retailer files a complete NEW application and submits it
    const retailer = await phone(browser);
    await signedInAt(retailer.page, '/portal', 'retailer.xihu');
    await expectNoAxeViolations(retailer.page);
    await retailer.page.click('[data-testid="new-application"]');
    const p = retailer.page;
    await expectNoAxeViolations(p);
    await p.fill('[data-testid="field-businessName"] input', `西湖烟酒店 ${id}`);
    await p.fill('[data-testid="field-creditCode"] input', '91350100M000100Y43');
    await p.fill('[data-testid="field-operatorName"] input', '张三');
    await p.fill('[data-testid="field-operatorIdNumber"] input', '11010519491231002X');
    await p.fill('[data-testid="field-mobile"] input', '13812345678');
    await p.fill('[data-testid="field-businessScope"] input', '卷烟、雪茄烟零售');
    await p.selectOption('[data-testid="division-city"]', '330100');
    await p.selectOption('[data-testid="division-district"]', '330106');
    await p.fill('[data-testid="field-address"] input', `留下街道 ${id} 号`);
    // the shop is placed by tapping the map (no tiles needed); a different spot each run, so
    // the outlet-spacing check does not trip over earlier runs
    const spot = Number.parseInt(id.slice(-4), 36);
    await p.locator('[data-testid="premises-map"]').click({ position: { x: 20 + (spot % 270), y: 20 + (Math.floor(spot / 270) % 180) } });
    await p.waitForSelector('[data-testid="location-status"]:has-text("已在地图上标注")');
    await p.click('[data-testid="save-draft"]');
    await p.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
    const applicationUrl = p.url();
    const applicationId = applicationUrl.split('/').pop()!;
    await expectNoAxeViolations(p);

    await upload(p, 'BUSINESS_LICENSE', { name: 'business-license.pdf', mimeType: 'application/pdf', buffer: pdf() });
    await upload(p, 'ID_CARD', { name: 'id-card.png', mimeType: 'image/png', buffer: png() });
    await upload(p, 'PREMISES_PHOTO', { name: 'shop.png', mimeType: 'image/png', buffer: png(16, 12) });
    await upload(p, 'PREMISES_PROOF', { name: 'lease.pdf', mimeType: 'application/pdf', buffer: pdf('Lease') });
    await p.click('[data-testid="submit-application"]');
    await expect.poll(async () => (await stateOf(p).textContent())?.trim()).toBe('已提交');
    await expectNoAxeViolations(p, 'submitted');

    // the clerk of Xihu district accepts it and starts the review
    const clerk = await desktop(browser);
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
    const approver = await desktop(browser);
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
