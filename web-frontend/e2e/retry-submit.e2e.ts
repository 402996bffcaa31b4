import { expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { GATEWAY, expectNoAxeViolations, journey, phone, runId, signedInAt } from './support';
import { DEMO_APPLICANT, fillNewApplication, saveDraft } from './applications';

/** How long the page waits for one attempt (CREATE_POLICY.timeoutMs in src/api/retry.ts). */
const ATTEMPT_TIMEOUT_MS = 15_000;

journey('a submission whose answers are lost', (browser) => {
  it('is retried twice with the same Idempotency-Key and makes exactly one draft', { timeout: 150_000 }, async () => {
    const { page } = await phone(browser());
    const id = runId();
    await signedInAt(page, '/portal', 'retailer.xihu');
    await page.waitForSelector('[data-testid="applications"]');

    // The first two creates reach the server and are filed, but their answers never reach the
    // page: the network holds them past the page's timeout. The third goes through untouched.
    const keys: string[] = [];
    const statuses: number[] = [];
    await page.route('**/api/licensing/applications', async (route: Route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length > 2) return route.continue();
      const response = await route.fetch();
      statuses.push(response.status());
      await new Promise((resolve) => setTimeout(resolve, ATTEMPT_TIMEOUT_MS + 1_000));
      await route.fulfill({ response }).catch(() => undefined); // the page gave up on it already
    });

    await page.click('[data-testid="new-application"]');
    await page.waitForURL(`${GATEWAY}/portal/applications/new`);
    await fillNewApplication(page, { businessName: `重试便利店 ${id}`, applicant: DEMO_APPLICANT, address: `文三路 ${id} 号` });
    await saveDraft(page, 3 * ATTEMPT_TIMEOUT_MS + 20_000);
    await expectNoAxeViolations(page, 'after retries');

    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).not.toBe('');
    expect(statuses[0]).toBe(201);
    // the second attempt is answered from the idempotency record: the first answer again
    expect(statuses[1]).toBe(201);

    const listed = await page.request.get(`${GATEWAY}/api/licensing/applications?limit=100`);
    expect(listed.status()).toBe(200);
    const page1 = (await listed.json()) as { items: { id: string; applicant?: { businessName?: string } }[] };
    const mine = page1.items.filter((item) => JSON.stringify(item).includes(`重试便利店 ${id}`));
    expect(mine).toHaveLength(1);
    expect(page.url()).toContain(mine[0]!.id);
  });
});
