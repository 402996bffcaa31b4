import { mkdir } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { GATEWAY, RESULTS_DIR, desktop, expectNoAxeViolations, launch, phone, png, screenshot, signedInAt } from './support';
import { qrVideo, xihuLicense } from './supervision';

/**
 * 码上查烟 (issue 17): at 375 px the Xihu inspector opens the scan page, the phone's camera
 * (Chromium's fake camera playing an MJPEG of the certificate's QR code) reads a real Xihu
 * license, the page shows the license and the checklist, and the inspector records the
 * visit with a photo, the phone's location and the operator's signature drawn on screen.
 */
describe('码上查烟: the inspector scans a certificate with the camera and records the visit', () => {
  const browsers: Browser[] = [];
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
  });

  it('inspector.xihu scans a Xihu license, sees it with its checklist, and records a visit with photo, location and signature', async () => {
    // a license to scan: one retailer.xihu holds, or one made through the API for this run
    const setup = await launch();
    browsers.push(setup);
    const retailer = await phone(setup);
    await signedInAt(retailer.page, '/portal', 'retailer.xihu');
    const staff = async (username: string) => {
      const { context, page } = await desktop(setup);
      await signedInAt(page, '/console', username);
      return context;
    };
    const licenseNo = await xihuLicense(retailer.context, () => staff('clerk.xihu'), () => staff('approver'));
    expect(licenseNo).toMatch(/^330106\d{9}$/);

    // the certificate's QR code (the same payload as the certificate and the license page) as a camera video
    await mkdir(RESULTS_DIR, { recursive: true });
    const video = `${RESULTS_DIR}inspection-qr-${licenseNo}.mjpeg`;
    await qrVideo(setup, `${GATEWAY}/verify/${licenseNo}`, video);

    const browser = await launch({ fakeCamera: video });
    browsers.push(browser);
    const { context, page } = await phone(browser);
    await context.grantPermissions(['camera', 'geolocation'], { origin: GATEWAY });
    await context.setGeolocation({ latitude: 30.2772, longitude: 120.1425, accuracy: 15 });

    await signedInAt(page, '/inspect/scan', 'inspector.xihu');
    await page.waitForSelector('[data-testid="qr-start"]');
    await expectNoAxeViolations(page, 'scan page');

    // the camera reads the code; the page shows the verdict, the license and the checklist
    await page.click('[data-testid="qr-start"]');
    await page.waitForSelector('[data-testid="scan-result"]', { timeout: 30_000 });
    expect((await page.locator('[data-testid="scan-verdict-label"]').textContent())?.trim()).toBe('有效');
    expect((await page.locator('[data-testid="scan-license-number"] .van-cell__value').textContent())?.trim()).toBe(licenseNo);
    expect(await page.locator('[data-testid="scan-checklist-item"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'scanned');
    await screenshot(page, 'inspection-scanned');

    // the assigned visit, or an unplanned one for this shop
    await page.click('[data-testid="scan-record"]');
    await page.waitForURL(/\/inspect\/visits\/[0-9a-f-]{36}\?code=/);
    await page.waitForSelector('[data-testid="record-form"]');
    await expectNoAxeViolations(page, 'record form');
    // in the field, an older inspector reads the form in elder-friendly mode (适老化)
    await page.click('[data-testid="elder-switch"]');
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
    const small = await page.$$eval('[data-testid="checklist"] label, [data-testid="record-form"] .van-button', (els) =>
      els.filter((el) => el.getBoundingClientRect().height < 48).length,
    );
    expect(small, 'checklist choices and buttons of at least 48 px').toBe(0);
    await expectNoAxeViolations(page, 'record form, elder mode');

    for (const pass of await page.locator('[data-testid="checklist"] input[value="PASS"]').all()) await pass.check();
    await page.setInputFiles('[data-testid="visit-photo-file"]', { name: 'shop.png', mimeType: 'image/png', buffer: png(64, 48) });
    await page.waitForSelector('[data-testid="visit-photo"]', { timeout: 30_000 });
    await page.click('[data-testid="record-locate"]');
    await page.waitForSelector('[data-testid="record-location"]:has-text("30.27720")');

    // the operator signs with a finger
    const pad = page.locator('[data-testid="signature-canvas"]');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + 80);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 30 + i * 20, box.y + 80 + Math.sin(i) * 40, { steps: 3 });
    await page.mouse.up();
    await page.waitForSelector('[data-testid="signature-state"]:has-text("已签名")');
    await page.fill('[data-testid="record-summary"]', '现场检查未发现问题。');
    await expectNoAxeViolations(page, 'findings filled');

    await page.click('[data-testid="record-submit"]');
    await page.waitForSelector('[data-testid="visit-recorded"]', { timeout: 30_000 });
    expect((await page.locator('[data-testid="visit-result"]').textContent())?.trim()).toBe('合格');
    expect((await page.locator('[data-testid="visit-signature"]').textContent())?.trim()).toBe('经营者已签名');
    expect((await page.locator('[data-testid="visit-state"] .van-cell__value').textContent())?.trim()).toBe('已检查');
    await expectNoAxeViolations(page, 'recorded');
    await screenshot(page, 'inspection-recorded');

    // the holder sees the recorded inspection on the license page (a page of its own: the
    // setup browser's first page has been idle through the whole visit)
    const holder = await phone(browser);
    await signedInAt(holder.page, '/portal', 'retailer.xihu');
    await holder.page.goto(`${GATEWAY}/portal/licenses/${licenseNo}`);
    await holder.page.waitForSelector('[data-testid="license-inspection"]');
    expect(await holder.page.locator('[data-testid="license-inspection"]').first().textContent()).toContain('合格');
    await expectNoAxeViolations(holder.page, 'license inspections');
  });
});
