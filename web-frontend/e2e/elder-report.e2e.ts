import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GATEWAY, expectNoAxeViolations, journey, phone, png, runId, screenshot } from './support';

/** Controls smaller than 48 × 48 px (MIIT's guideline for elder-friendly apps) among `selector`. */
async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 48 || r.width < 48)
      .map(({ e, r }) => `${e.outerHTML.slice(0, 80)} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

/** The computed font size in px of the first element matching `selector`. */
async function fontSize(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (e) => Number.parseFloat(getComputedStyle(e).fontSize));
}

const TARGETS = '.van-cell--clickable, .van-button, [data-testid="elder-switch"], [data-testid="language-switch"], select';

journey('an older citizen in elder-friendly mode (适老化)', (browser) => {
  it('switches it on, finds larger text, larger targets and plainer words, files a report, and finds the mode still on later', async () => {
    const { page } = await phone(browser());
    const id = runId();

    await page.goto(`${GATEWAY}/`);
    await page.waitForSelector('[data-testid="home-report"]');
    const normalText = await fontSize(page, '[data-testid="home-report"] .van-cell__title');
    expect(await page.locator('[data-testid="home-report"]').textContent()).toContain('12313 举报投诉');

    await page.click('[data-testid="elder-switch"]');
    expect(await page.getAttribute('[data-testid="elder-switch"]', 'aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
    // plainer words, text at least 1.3 times as large, every target at least 48 px
    expect(await page.locator('[data-testid="home-report"]').textContent()).toContain('我要举报');
    expect(await fontSize(page, '[data-testid="home-report"] .van-cell__title')).toBeGreaterThanOrEqual(normalText * 1.3);
    expect(await smallTargets(page, TARGETS)).toEqual([]);
    await expectNoAxeViolations(page, 'elder');

    await page.click('[data-testid="home-report"]');
    await page.waitForURL(`${GATEWAY}/report`);
    expect(await page.locator('[data-testid="page-heading"]').textContent()).toContain('我要举报');
    expect(await smallTargets(page, TARGETS)).toEqual([]);
    await expectNoAxeViolations(page, 'elder');

    await page.selectOption('[data-testid="report-category"]', 'COUNTERFEIT');
    await page.selectOption('[data-testid="division-city"]', '330100');
    await page.selectOption('[data-testid="division-district"]', '330106');
    await page.fill('[data-testid="report-address"] input', `莫干山路 ${id} 号 小卖部`);
    await page.fill('[data-testid="report-description"] textarea', `小卖部卖的香烟包装模糊，像是假烟（e2e ${id}）`);
    await page.setInputFiles('[data-testid="report-photo"]', { name: 'pack.png', mimeType: 'image/png', buffer: png() });
    await page.click('[data-testid="report-submit"]');
    const code = (await page.locator('[data-testid="tracking-code"]').textContent({ timeout: 30_000 }))?.trim() ?? '';
    expect(code).toMatch(/^[A-Za-z0-9]{16,64}$/);
    expect(await page.locator('main').textContent()).toContain('请抄下来或截图保存');
    await expectNoAxeViolations(page, 'elder, answer');
    await screenshot(page, 'elder-report-filed');

    // the choice is remembered on this device
    await page.goto(`${GATEWAY}/track`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
    expect(await page.locator('[data-testid="page-heading"]').textContent()).toContain('查看举报结果');
    await expectNoAxeViolations(page, 'elder');

    // and switched off again, the usual words and sizes return
    await page.click('[data-testid="elder-switch"]');
    expect(await page.locator('[data-testid="page-heading"]').textContent()).toContain('查询办理进度');
    expect(await page.evaluate(() => localStorage.getItem('elder'))).toBeNull();
  });
});
