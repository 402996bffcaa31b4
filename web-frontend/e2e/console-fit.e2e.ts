import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, journey, screenshot, signedInAt } from './support';

/** The page's and each table's overflow to the right, in px (0 when it fits). */
async function overflow(page: Page): Promise<{ page: number; tables: number[] }> {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    tables: Array.from(document.querySelectorAll('table')).map((t) => t.scrollWidth - (t.parentElement?.clientWidth ?? t.scrollWidth)),
  }));
}

journey('the consoles fit 1366 × 768', (browser) => {
  const pages: [string, string, string][] = [
    ['supervisor', '/console/cases', '[data-testid="cases-table"]'],
    ['supervisor', '/console/statistics', '[data-testid="statistics-kpis"]'],
    ['handler.xihu', '/console/complaints-queue', '[data-testid="cases-table"]'],
    ['clerk.xihu', '/console/queue', '[data-testid="queue-table"]'],
  ];

  it.each(pages)('%s: %s scrolls no page and no table sideways', async (user, path, ready) => {
    const { context, page } = await desktop(browser());
    await signedInAt(page, path, user);
    await page.waitForSelector(ready);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `fit-${user}-${path.replace(/\W+/g, '-')}`);
    const { page: pageOverflow, tables } = await overflow(page);
    expect(pageOverflow).toBe(0);
    for (const t of tables) expect(t).toBeLessThanOrEqual(0);
    await context.close();
  });
});
