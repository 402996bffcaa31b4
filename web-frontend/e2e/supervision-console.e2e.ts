import { expect, it } from 'vitest';
import { GATEWAY, desktop, expectNoAxeViolations, journey, phone, screenshot, signedInAt } from './support';

/** The months a plan may be generated for: this one and the next twelve (Beijing time). */
function plannableMonths(): string[] {
  const now = new Date(Date.now() + 8 * 3_600_000);
  return Array.from({ length: 13 }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/**
 * The supervisor's console (1366 px): the month's plan of Xihu is generated (the first month
 * without one: a district has one plan a month), its counts and visits are shown, its
 * random-check results are published (公示), and anyone reads them at 375 px without signing in.
 */
journey("the supervisor's inspection plan and the public random-check results", (browser) => {
  it('supervisor generates a Xihu plan, reads it, publishes its random checks; the public page shows the publication', async () => {
    const { page } = await desktop(browser());
    await signedInAt(page, '/console/inspection/plans', 'supervisor');
    await expectNoAxeViolations(page, 'plans');
    await page.selectOption('[data-testid="plan-district"]', '330106');

    let month = '';
    for (const candidate of plannableMonths()) {
      await page.fill('[data-testid="plan-month"]', candidate);
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && r.url() === `${GATEWAY}/api/licensing/supervision/plans`),
        page.click('[data-testid="plan-generate"]'),
      ]);
      if (answer.status() === 201) {
        month = candidate;
        break;
      }
      // 409: this month's plan exists already; the page says so, and the next month is tried
      expect(answer.status()).toBe(409);
      await page.waitForSelector('[data-testid="problem"]');
    }
    expect(month, 'a month of the next twelve without a Xihu plan').not.toBe('');
    await page.waitForURL(/\?plan=[0-9a-f-]{36}/);
    await page.waitForSelector('[data-testid="plan"]');
    expect(await page.locator('[data-testid="plan"] h2').textContent()).toContain(month);
    await expectNoAxeViolations(page, 'plan generated');

    await page.selectOption('[data-testid="plan-kind-filter"]', 'RANDOM');
    await page.click('[data-testid="plan"] form.filters button[type="submit"]');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'random visits');

    await page.check('[data-testid="plan-publish-confirm"]');
    await page.click('[data-testid="plan-publish"]');
    await page.waitForSelector('[data-testid="plan-publication"] [role="status"]');
    await expectNoAxeViolations(page, 'published');
    await screenshot(page, 'supervision-plan-published');

    // anyone, signed in or not, at phone width
    const citizen = await phone(browser());
    await citizen.page.goto(`${GATEWAY}/`);
    await citizen.page.click('[data-testid="home-random-checks"]');
    await citizen.page.waitForURL(`${GATEWAY}/random-checks`);
    await expectNoAxeViolations(citizen.page, 'public form');
    await citizen.page.goto(`${GATEWAY}/random-checks?jurisdiction=330106&month=${month}`);
    await citizen.page.waitForSelector('[data-testid="public-results"]');
    expect(await citizen.page.locator('[data-testid="public-results"] h2').textContent()).toContain(month);
    await expectNoAxeViolations(citizen.page, 'public results');
    await screenshot(citizen.page, 'supervision-public-results');
  });
});
