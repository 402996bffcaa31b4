import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GATEWAY, RESULTS_DIR, expectNoAxeViolations, journey, phone } from './support';

/**
 * The README's screenshots: the portal's home and report pages at 375 px (device scale 1, to
 * keep the files small) in Chinese, in English and in elder-friendly mode. They go to
 * test-results/screenshots/, or with UPDATE_SCREENSHOTS=1 to docs/screenshots/ (committed).
 */
const OUT = process.env.UPDATE_SCREENSHOTS
  ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
  : `${RESULTS_DIR}screenshots/`;

async function shoot(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${OUT}${name}.png` });
}

journey('README screenshots', (browser) => {
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
  });

  it('shows the home and report pages in Chinese, English and elder-friendly mode', async () => {
    for (const mode of ['zh-CN', 'en', 'elder'] as const) {
      const { page, context } = await phone(browser(), 1);
      await page.goto(`${GATEWAY}/`);
      await page.waitForSelector('[data-testid="home-report"]');
      if (mode === 'en') await page.click('[data-testid="language-switch"]');
      if (mode === 'elder') await page.click('[data-testid="elder-switch"]');
      await shoot(page, `home-${mode}`);
      await page.click('[data-testid="home-report"]');
      await page.waitForURL(`${GATEWAY}/report`);
      await page.waitForSelector('[data-testid="report-submit"]');
      await shoot(page, `report-${mode}`);
      await context.close();
    }
  });
});
