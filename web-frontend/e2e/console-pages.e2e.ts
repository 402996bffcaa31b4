import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GATEWAY, desktop, expectNoAxeViolations, journey, screenshot, signedInAt } from './support';

/** The demo Xihu retailer's account: a credit-profile subject in every staff role's subtree. */
const XIHU_RETAILER = 'retailer.xihu';

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
    '/console/admin/e-cigarette-plan',
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
  approver: ['/console', '/console/queue', `/console/credit-profiles/${XIHU_RETAILER}`],
  'inspector.xihu': ['/console', '/console/site-checks', '/console/post-verifications'],
  agent: ['/console', '/console/calls/new'],
};

/**
 * Problems the page itself reports: uncaught errors, console errors of the app (e.g. a chart
 * that failed) and server errors. The browser's own line for a 4xx answer the page shows as a
 * problem (a profile not found) is not one.
 */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      errors.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
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

/**
 * Complaints statistics (supervisors) in both states: the default range (the demo data's
 * reports), every chart drawn, then a week with no cases.
 */
async function complaintStatistics(page: Page, lang: string): Promise<void> {
  await visit(page, '/console/statistics');
  await page.waitForSelector('[data-testid="statistics-kpis"]');
  const total = Number((await page.locator('[data-testid="statistics-kpis"] strong').first().textContent())?.trim());
  expect(total).toBeGreaterThan(0);
  // every chart is drawn (a canvas in each box), the hotspots included
  await page.waitForSelector('[data-testid="statistics-hotspots"]');
  const boxes = await page.locator('.chart-box').count();
  expect(boxes).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.chart-box canvas').count()).toBe(boxes);
  await screenshot(page, `console-statistics-${lang}`);

  await setRange(page, '2001-01-01', '2001-01-07');
  await page.waitForSelector('[data-testid="statistics-empty"]');
  await expectNoAxeViolations(page, 'empty');
  await screenshot(page, `console-statistics-empty-${lang}`);
}

/**
 * Licensing statistics (caseworkers, supervisors, ADMIN): the default range, then a week with
 * no applications (the licenses in force still count, so it is empty only on a new platform).
 */
async function licensingStatistics(page: Page, lang: string): Promise<void> {
  await visit(page, '/console/statistics');
  const tab = page.locator('[data-testid="statistics-tab-licensing"]');
  if (await tab.count()) await tab.click();
  await page.waitForSelector('[data-testid="licensing-kpis"]');
  await expectNoAxeViolations(page, 'licensing');
  await screenshot(page, `console-licensing-statistics-${lang}`);
  await setRange(page, '2001-01-01', '2001-01-07');
  await expect.poll(() => page.locator('[data-testid="licensing-kpis"] strong').first().textContent()).toMatch(/^\s*0\s*$/);
  await expectNoAxeViolations(page, 'licensing, a week without applications');
}

async function setRange(page: Page, from: string, to: string): Promise<void> {
  await page.fill('.range input[type="date"] >> nth=0', from);
  await page.fill('.range input[type="date"] >> nth=1', to);
  await page.click('.range button[type="submit"]');
}

const STATISTICS: Record<string, ((page: Page, lang: string) => Promise<void>)[]> = {
  supervisor: [complaintStatistics, licensingStatistics],
  admin: [licensingStatistics],
  'clerk.xihu': [licensingStatistics],
  approver: [licensingStatistics],
};

journey('console pages at 1366 px pass axe in Chinese and English', (browser) => {
  it.each(Object.entries(VISITS))('%s', async (user, paths) => {
    const { context, page } = await desktop(browser());
    const errors = collectErrors(page);
    await signedInAt(page, paths[0] ?? '/console', user);
    for (const lang of ['zh-CN', 'en']) {
      if (lang === 'en') await toEnglish(page);
      for (const path of paths) await visit(page, path);
      for (const statistics of STATISTICS[user] ?? []) await statistics(page, `${user}-${lang}`);
    }
    await screenshot(page, `console-pages-${user}`);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
