import { expect, it } from 'vitest';
import { GATEWAY, expectNoAxeViolations, journey, phone, png, runId, screenshot } from './support';

journey('an anonymous citizen', (browser) => {
  it('files a 12313 report with a photo and follows it by its tracking code', async () => {
    const { page } = await phone(browser());
    const id = runId();

    await page.goto(`${GATEWAY}/`);
    await expectNoAxeViolations(page);
    await page.click('[data-testid="home-report"]');
    await page.waitForURL(`${GATEWAY}/report`);
    await expectNoAxeViolations(page);

    await page.selectOption('[data-testid="report-category"]', 'SALES_TO_MINORS');
    await page.selectOption('[data-testid="division-city"]', '330100');
    await page.selectOption('[data-testid="division-district"]', '330106');
    await page.fill('[data-testid="report-address"] input', `文三路 ${id} 号 便利店`);
    await page.fill('[data-testid="report-description"] textarea', `店主向穿校服的学生出售香烟（e2e ${id}）`);
    await page.setInputFiles('[data-testid="report-photo"]', {
      name: 'evidence.png',
      mimeType: 'image/png',
      buffer: png(),
    });
    await page.click('[data-testid="report-submit"]');

    const code = (await page.locator('[data-testid="tracking-code"]').textContent({ timeout: 30_000 }))?.trim() ?? '';
    const caseNumber = (await page.locator('[data-testid="case-number"] .van-cell__value').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Za-z0-9]{16,64}$/);
    expect(caseNumber).not.toBe('');
    await expectNoAxeViolations(page, 'answer');

    // follow it straight from the answer …
    await page.click('[data-testid="track-now"]');
    await page.waitForSelector('[data-testid="track-result"]');
    expect(await page.locator('[data-testid="track-result"]').textContent()).toContain(caseNumber);

    // … and later, typing the code in
    await page.goto(`${GATEWAY}/track`);
    await expectNoAxeViolations(page);
    await page.fill('[data-testid="track-code"] input', code);
    await page.click('[data-testid="track-submit"]');
    await page.waitForSelector('[data-testid="track-result"]');
    expect(await page.locator('[data-testid="track-result"]').textContent()).toContain(caseNumber);
    expect((await page.locator('[data-testid="track-state"]').textContent())?.trim()).not.toBe('');
    expect(page.url()).not.toContain(code);
    await expectNoAxeViolations(page, 'result');

    await screenshot(page, 'citizen-report-tracked');
  });
});
