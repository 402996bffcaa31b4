import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { GATEWAY, launch, pdf, phone, runId, screenshot, signedInAt, expectNoAxeViolations } from './support';

describe('retailer retailer.xihu', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in, creates a draft, uploads a PDF and sees the application listed', async () => {
    const { page } = await phone(browser);
    const id = runId();

    // the portal needs a session: the app offers the gateway's sign-in and comes back
    await signedInAt(page, '/portal', 'retailer.xihu');
    await page.waitForSelector('[data-testid="applications"]');
    await expectNoAxeViolations(page);

    await page.click('[data-testid="new-application"]');
    await page.waitForURL(`${GATEWAY}/portal/applications/new`);
    await expectNoAxeViolations(page);
    await page.fill('[data-testid="field-businessName"] input', `西湖便利店 ${id}`);
    await page.fill('[data-testid="field-creditCode"] input', '91350100M000100Y43');
    await page.fill('[data-testid="field-operatorName"] input', '张三');
    await page.fill('[data-testid="field-operatorIdNumber"] input', '11010519491231002X');
    await page.fill('[data-testid="field-mobile"] input', '13812345678');
    await page.selectOption('[data-testid="division-city"]', '330100');
    await page.selectOption('[data-testid="division-district"]', '330106');
    await page.fill('[data-testid="field-address"] input', `文三路 ${id} 号`);
    await page.click('[data-testid="save-draft"]');

    await page.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
    const number = (await page.locator('[data-testid="application-number"] .van-cell__value').textContent())?.trim() ?? '';
    expect(number).not.toBe('');
    await expectNoAxeViolations(page);

    await page.selectOption('[data-testid="document-type"]', 'BUSINESS_LICENSE');
    await page.setInputFiles('[data-testid="document-file"]', {
      name: 'business-license.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(),
    });
    await page.click('[data-testid="document-upload-button"]');
    await page.waitForSelector('[data-testid="document-item"]:has-text("business-license.pdf")', { timeout: 30_000 });
    await expectNoAxeViolations(page, 'uploaded');

    await page.goto(`${GATEWAY}/portal`);
    const item = page.locator('[data-testid="application-item"]', { hasText: number });
    await item.waitFor();
    expect(await item.textContent()).toContain('草稿');
    await expectNoAxeViolations(page);

    await screenshot(page, 'retailer-draft-listed');
  });
});
