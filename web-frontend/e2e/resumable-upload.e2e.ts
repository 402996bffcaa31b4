import { expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { expectNoAxeViolations, journey, pdf, phone, runId, screenshot, signedInAt } from './support';
import { fillNewApplication, openNewApplication, saveDraft } from './applications';

const MIB = 1024 * 1024;
const PART = /\/api\/licensing\/applications\/[0-9a-f-]{36}\/uploads\/[0-9a-f-]{36}\/parts\/(\d+)$/;

/** A 12 MiB PDF (three parts of the server's 5 MiB): a one-page PDF padded with comment lines. */
function bigPdf(): Buffer {
  const head = pdf('Premises plan');
  const line = Buffer.from(`%${'0123456789abcdef'.repeat(4)}\n`, 'latin1');
  const padding = Buffer.alloc(12 * MIB - head.length);
  for (let at = 0; at < padding.length; at += line.length) line.copy(padding, at);
  return Buffer.concat([head, padding]);
}

/** A NEW draft saved online; the page stays on its detail page, where documents are uploaded. */
async function draft(page: Page, name: string): Promise<void> {
  await openNewApplication(page);
  await fillNewApplication(page, { businessName: name, address: '文三路 66 号' });
  await saveDraft(page);
  await page.waitForSelector('[data-testid="document-upload"]');
}

/** Every part the page sent (request started) and every part the server acknowledged (204). */
function watchParts(page: Page): { sent: number[]; acknowledged: number[] } {
  const seen = { sent: [] as number[], acknowledged: [] as number[] };
  page.on('request', (request) => {
    const part = request.method() === 'PUT' ? PART.exec(new URL(request.url()).pathname) : null;
    if (part) seen.sent.push(Number(part[1]));
  });
  page.on('response', (response) => {
    const part = response.request().method() === 'PUT' ? PART.exec(new URL(response.url()).pathname) : null;
    if (part && response.status() === 204) seen.acknowledged.push(Number(part[1]));
  });
  return seen;
}

async function choose(page: Page, name: string) {
  await page.selectOption('[data-testid="document-type"]', 'OTHER');
  await page.setInputFiles('[data-testid="document-file"]', { name, mimeType: 'application/pdf', buffer: bigPdf() });
  await page.click('[data-testid="document-upload-button"]');
}

journey('a retailer uploads a 12 MiB PDF over a network that drops', (browser) => {
  it('waits while offline and finishes after reconnecting without re-sending part 1', { timeout: 180_000 }, async () => {
    const { context, page } = await phone(browser());
    await signedInAt(page, '/portal', 'retailer.xihu');
    await draft(page, `分片上传便利店 ${runId()}`);
    const parts = watchParts(page);

    // the network goes (Chromium's offline emulation) just as part 2 starts, after part 1 was acknowledged
    let cut = false;
    await page.route(PART, async (route: Route) => {
      if (!cut && route.request().url().endsWith('/parts/2')) {
        cut = true;
        await context.setOffline(true);
        await route.abort('internetdisconnected');
        return;
      }
      await route.continue();
    });
    await choose(page, 'plan-12m.pdf');

    await page.waitForSelector('[data-testid="upload-waiting"]', { timeout: 30_000 });
    expect(cut).toBe(true);
    expect(await page.textContent('[data-testid="upload-waiting"]')).toContain('恢复后自动继续上传');
    expect(Number(await page.getAttribute('[data-testid="upload-progress"]', 'aria-valuenow'))).toBeGreaterThanOrEqual(41);
    await expectNoAxeViolations(page, 'waiting for the network');
    await screenshot(page, 'resumable-upload-waiting');

    await context.setOffline(false);
    await page.waitForSelector('[data-testid="document-item"]:has-text("plan-12m.pdf")', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="upload-waiting"]', { state: 'detached' });
    // part 1 went once; part 2 was sent again after the network returned, then part 3
    expect(parts.sent.filter((n) => n === 1)).toHaveLength(1);
    expect(parts.acknowledged).toEqual([1, 2, 3]);
    await expectNoAxeViolations(page, 'uploaded');
  });

  it('offers the upload again after a reload and resumes it from the parts the server has', { timeout: 180_000 }, async () => {
    const { page } = await phone(browser());
    await signedInAt(page, '/portal', 'retailer.xihu');
    await draft(page, `续传便利店 ${runId()}`);
    const parts = watchParts(page);

    // part 2 hangs (a stalled uplink); the retailer reloads the page
    let held: Route | undefined;
    const hold = async (route: Route) => {
      if (route.request().url().endsWith('/parts/2')) held = route;
      else await route.continue();
    };
    await page.route(PART, hold);
    await choose(page, 'lease-12m.pdf');
    await expect.poll(() => held !== undefined, { timeout: 30_000 }).toBe(true);
    await page.unroute(PART, hold);
    await page.reload();
    await held?.abort().catch(() => undefined);

    const pending = page.locator('[data-testid="pending-upload"]', { hasText: 'lease-12m.pdf' });
    await pending.waitFor({ timeout: 15_000 });
    // the bar shows what the server has: part 1 of 12 MiB
    expect(await pending.locator('[data-testid="upload-progress"]').getAttribute('aria-valuenow')).toBe('42');
    expect(await pending.locator('[data-testid="pending-upload-resume"]').textContent()).toContain('继续上传');
    await expectNoAxeViolations(page, 'pending upload after a reload');
    await screenshot(page, 'resumable-upload-pending');

    await pending.locator('[data-testid="pending-upload-resume"]').click();
    await page.waitForSelector('[data-testid="document-item"]:has-text("lease-12m.pdf")', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="pending-upload"]', { state: 'detached' });
    expect(parts.sent.filter((n) => n === 1)).toHaveLength(1);
    expect(parts.acknowledged).toEqual([1, 2, 3]);
    await expectNoAxeViolations(page, 'resumed and uploaded');
  });
});
