import { expect, it } from 'vitest';
import { GATEWAY, expectNoAxeViolations, journey, phone, runId, screenshot } from './support';
import { DEMO_APPLICANT, fillNewApplication, newDocuments, saveDraft, startNewApplication } from './applications';

journey('retailer retailer.xihu', (browser) => {
  it('signs in, creates a draft, uploads a PDF and sees the application listed', async () => {
    const { page } = await phone(browser());
    const id = runId();

    // the portal needs a session: the app offers the gateway's sign-in and comes back
    await startNewApplication(page);
    await fillNewApplication(page, { businessName: `西湖便利店 ${id}`, applicant: DEMO_APPLICANT, address: `文三路 ${id} 号` });
    await saveDraft(page);
    const number = (await page.locator('[data-testid="application-number"] .van-cell__value').textContent())?.trim() ?? '';
    expect(number).not.toBe('');
    await expectNoAxeViolations(page);

    await page.selectOption('[data-testid="document-type"]', 'BUSINESS_LICENSE');
    await page.setInputFiles('[data-testid="document-file"]', newDocuments().BUSINESS_LICENSE);
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
