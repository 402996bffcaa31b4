import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { GATEWAY, desktop, expectNoAxeViolations, launch, screenshot, signedInAt } from './support';

/** The demo Xihu retailer's credit code (scripts/demo-data.sh): a subject every staff role may look up. */
const XIHU_RETAILER = '91330106MA2H3C7D5X';

/**
 * The console pages no other journey visits, per demo account that sees them: the start page,
 * statistics, every ADMIN reference-data page, the credit pages, and the lists of the other
 * roles. Each is opened at 1366 px and checked with axe, in Chinese and then in English.
 */
const VISITS: Record<string, string[]> = {
  admin: [
    '/console',
    '/console/admin/calendar',
    '/console/admin/jurisdictions',
    '/console/admin/sensitive-places',
    '/console/admin/barred-applicants',
    '/console/admin/commitment-templates',
    '/console/admin/categories',
    '/console/admin/deadline-settings',
    '/console/credit-repairs',
    `/console/credit-profiles/${XIHU_RETAILER}`,
  ],
  supervisor: [
    '/console',
    '/console/supervision',
    '/console/cases',
    '/console/queue',
    '/console/post-verifications',
    '/console/credit-repairs',
    '/console/admin/sensitive-places',
    '/console/admin/deadline-settings',
  ],
  'clerk.xihu': ['/console', '/console/post-verifications', '/console/credit-repairs', `/console/credit-profiles/${XIHU_RETAILER}`],
  'inspector.xihu': ['/console', '/console/site-checks', '/console/post-verifications'],
  agent: ['/console', '/console/calls/new'],
};

/** Problems the page itself reports: uncaught errors and console errors (e.g. a chart that failed). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return errors;
}

/** Opens a console page in the app (no reload) and waits for its heading and data. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${GATEWAY}${path}`);
  await page.waitForSelector('main h1');
  await expectNoAxeViolations(page);
}

async function toEnglish(page: Page): Promise<void> {
  await page.click('[data-testid="language-switch"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/** Statistics in both states: the default range (the demo data's reports), then a week with no cases. */
async function statistics(page: Page, lang: string): Promise<void> {
  await visit(page, '/console/statistics');
  await page.waitForSelector('[data-testid="statistics-kpis"]');
  const total = Number((await page.locator('[data-testid="statistics-kpis"] strong').first().textContent())?.trim());
  expect(total).toBeGreaterThan(0);
  // every chart is drawn (a canvas in each box), the hotspots included
  await page.waitForSelector('[data-testid="statistics-hotspots"]');
  await expect.poll(() => page.locator('.chart canvas').count()).toBe(await page.locator('.chart').count());
  await screenshot(page, `console-statistics-${lang}`);

  await page.fill('input[type="date"] >> nth=0', '2001-01-01');
  await page.fill('input[type="date"] >> nth=1', '2001-01-07');
  await page.click('.range button[type="submit"]');
  await page.waitForSelector('[data-testid="statistics-empty"]');
  await expectNoAxeViolations(page, 'empty');
  await screenshot(page, `console-statistics-empty-${lang}`);
}

describe('console pages at 1366 px pass axe in Chinese and English', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(Object.entries(VISITS))('%s', async (user, paths) => {
    const { context, page } = await desktop(browser);
    const errors = collectErrors(page);
    await signedInAt(page, paths[0] ?? '/console', user);
    for (const lang of ['zh-CN', 'en']) {
      if (lang === 'en') await toEnglish(page);
      for (const path of paths) await visit(page, path);
      if (user === 'admin' || user === 'supervisor') await statistics(page, `${user}-${lang}`);
    }
    await screenshot(page, `console-pages-${user}`);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
