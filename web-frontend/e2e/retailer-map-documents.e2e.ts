import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { journey, phone, png, runId, screenshot } from './support';
import { DEMO_APPLICANT, applicationState as stateOf, fillNewApplication, saveDraft, startNewApplication, tapMap, uploadNewDocuments } from './applications';

const current = (page: Page) => page.locator('[data-testid="document-item"]');

journey('retailer retailer.xihu places the shop on the map and replaces a document', (browser) => {
  it('creates a NEW application without typing coordinates, replaces a document and submits', async () => {
    const { page } = await phone(browser());
    const id = runId();
    // the local run has no internet: map tiles are not needed, only the tap
    await page.route(/tile\.openstreetmap\.org|tianditu/, (route) => route.abort());

    await startNewApplication(page);
    // nothing required is offered as a typed coordinate or called optional
    expect(await page.locator('[data-testid="field-latitude"]').count()).toBe(0);
    expect(await page.locator('[data-testid="application-form"]').textContent()).not.toContain('可选');

    await fillNewApplication(page, {
      businessName: `文三路烟酒店 ${id}`, applicant: { ...DEMO_APPLICANT, operatorName: '李四' }, businessScope: '卷烟、雪茄烟零售',
      address: `文三路 100 号 ${id}`,
    });

    // the geocoder (the local stand-in) knows 文三路: pick its suggestion
    const suggestion = page.locator('[data-testid="geocode-suggestion"]').first();
    await suggestion.waitFor({ timeout: 15_000 });
    await suggestion.click();
    const status = page.locator('[data-testid="location-status"]');
    await expect.poll(async () => status.textContent(), { timeout: 10_000 }).toContain('已在地图上标注');
    expect(await status.textContent()).toContain('30.27720');

    // then a tap on the (tile-less) map moves the pin; a different spot each run
    await tapMap(page, id, { left: 30, top: 30, width: 280, height: 150 });
    await expect.poll(async () => status.textContent(), { timeout: 10_000 }).not.toContain('30.27720，');
    expect(await status.textContent()).toContain('已在地图上标注');
    await screenshot(page, 'retailer-map-placed');

    await saveDraft(page);
    // the place is on the draft, said in words
    await page.waitForSelector('[data-testid="application-detail"]');

    await uploadNewDocuments(page, undefined, { ID_CARD: { name: 'id-blurred.png', mimeType: 'image/png', buffer: png(8, 8) } });
    expect(await current(page).count()).toBe(4);

    // the ID card was blurred: replace it
    await current(page).filter({ hasText: 'id-blurred.png' }).locator('[data-testid="document-replace"]').click();
    await page.waitForSelector('[data-testid="document-replacing"]:has-text("id-blurred.png")');
    await page.setInputFiles('[data-testid="document-file"]', { name: 'id-sharp.png', mimeType: 'image/png', buffer: png(12, 10) });
    await page.click('[data-testid="document-upload-button"]');
    await page.waitForSelector('[data-testid="document-item"]:has-text("id-sharp.png")', { timeout: 30_000 });
    expect(await current(page).count()).toBe(4);
    expect(await current(page).filter({ hasText: 'id-blurred.png' }).count()).toBe(0);
    const earlier = page.locator('[data-testid="earlier-documents"]');
    expect(await earlier.textContent()).toContain('已替换');
    expect(await earlier.textContent()).toContain('id-blurred.png');
    expect(await current(page).filter({ hasText: 'id-sharp.png' }).textContent()).toContain('当前有效');

    await page.click('[data-testid="submit-application"]');
    await expect.poll(async () => (await stateOf(page).textContent())?.trim(), { timeout: 20_000 }).toBe('已提交');
    expect(await page.locator('[data-testid="problem"]').count()).toBe(0);
    await screenshot(page, 'retailer-map-submitted');
  });
});
