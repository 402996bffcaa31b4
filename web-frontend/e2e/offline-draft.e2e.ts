import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GATEWAY, expectNoAxeViolations, journey, phone, runId, screenshot, signedInAt } from './support';
import { fillNewApplication, openNewApplication, saveDraft } from './applications';

/** A NEW draft saved online; the page then opens its editor. */
async function draftAndEdit(page: Page, name: string): Promise<string> {
  await openNewApplication(page);
  await fillNewApplication(page, { businessName: name, address: '文三路 88 号' });
  const id = await saveDraft(page);
  await page.click('[data-testid="edit-application"]');
  await page.waitForURL(`${GATEWAY}/portal/applications/${id}/edit`);
  await page.waitForSelector('[data-testid="application-form"]');
  return id;
}

async function serverCopy(page: Page, id: string): Promise<{ version: number; businessName?: string; address?: string }> {
  const answer = await page.request.get(`${GATEWAY}/api/licensing/applications/${id}`);
  expect(answer.status()).toBe(200);
  const application = (await answer.json()) as { version: number; businessName?: string; premises?: { address?: string } };
  return { version: application.version, businessName: application.businessName, address: application.premises?.address };
}

journey('a retailer editing a draft without a network', (browser) => {
  it('keeps editing offline, shows it, and sends the changes when the network returns', { timeout: 120_000 }, async () => {
    const { context, page } = await phone(browser());
    const id = runId();
    await signedInAt(page, '/portal', 'retailer.xihu');
    const applicationId = await draftAndEdit(page, `离线便利店 ${id}`);
    const before = await serverCopy(page, applicationId);

    await context.setOffline(true);
    await page.waitForSelector('[data-testid="offline-banner"]');
    await page.fill('[data-testid="field-businessName"] input', `离线便利店 ${id} 改`);
    await expect.poll(() => page.textContent('[data-testid="autosave-status"]'), { timeout: 20_000 }).toContain('已保存在本机');
    await expectNoAxeViolations(page, 'offline');
    // nothing reached the server while offline (the test's own request is not the phone's network)
    expect((await serverCopy(page, applicationId)).businessName).toBe(`离线便利店 ${id}`);

    await context.setOffline(false);
    await page.waitForSelector('[data-testid="offline-banner"]', { state: 'detached' });
    await expect.poll(() => page.textContent('[data-testid="autosave-status"]'), { timeout: 20_000 }).toContain('草稿已自动保存');
    const after = await serverCopy(page, applicationId);
    expect(after.businessName).toBe(`离线便利店 ${id} 改`);
    expect(after.version).toBeGreaterThan(before.version);
  });

  it('lets the retailer choose when the server copy changed while offline, losing neither before', { timeout: 120_000 }, async () => {
    const { context, page } = await phone(browser());
    const id = runId();
    await signedInAt(page, '/portal', 'retailer.xihu');
    const applicationId = await draftAndEdit(page, `冲突便利店 ${id}`);

    await context.setOffline(true);
    await page.waitForSelector('[data-testid="offline-banner"]');
    await page.fill('[data-testid="field-businessName"] input', `冲突便利店 ${id} 手机上改`);
    await expect.poll(() => page.textContent('[data-testid="autosave-status"]'), { timeout: 20_000 }).toContain('已保存在本机');

    // meanwhile the same draft is changed from another device (another browser context)
    const other = await phone(browser());
    await signedInAt(other.page, '/portal', 'retailer.xihu');
    const current = await serverCopy(other.page, applicationId);
    const put = await other.page.request.put(`${GATEWAY}/api/licensing/applications/${applicationId}/details`, {
      headers: { 'X-XSRF-TOKEN': await xsrf(other.page) },
      data: { type: 'NEW', businessName: `冲突便利店 ${id} 电脑上改`, mobile: '13812345678', version: current.version },
    });
    expect(put.status()).toBe(200);
    await other.context.close();

    await context.setOffline(false);
    await page.waitForSelector('[data-testid="draft-conflict"]', { timeout: 20_000 });
    const row = page.locator('[data-testid="conflict-row"]').first();
    expect(await row.textContent()).toContain('手机上改');
    expect(await row.textContent()).toContain('电脑上改');
    await expectNoAxeViolations(page, 'conflict');
    await screenshot(page, 'offline-draft-conflict');

    await page.click('[data-testid="keep-mine"]');
    await page.waitForSelector('[data-testid="draft-conflict"]', { state: 'detached' });
    expect((await serverCopy(page, applicationId)).businessName).toBe(`冲突便利店 ${id} 手机上改`);
    await expectNoAxeViolations(page, 'kept mine');
  });
});

async function xsrf(page: Page): Promise<string> {
  const cookies = await page.context().cookies(GATEWAY);
  return cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
}
