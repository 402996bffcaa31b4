import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, pdf, phone, png, runId, screenshot, signedInAt, expectNoAxeViolations } from './support';

const stateOf = (page: Page) => page.locator('[data-testid="application-detail"] [data-testid="state-tag"]');

async function upload(page: Page, documentType: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const before = await page.locator('[data-testid="document-item"]').count();
  await page.selectOption('[data-testid="document-type"]', documentType);
  await page.setInputFiles('[data-testid="document-file"]', file);
  await page.click('[data-testid="document-upload-button"]');
  await page.locator('[data-testid="document-item"]').nth(before).waitFor({ timeout: 30_000 });
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid credit code (GB 32100-2015) of its own per run, so no earlier bar or breach applies. */
function creditCode(): string {
  let code = '91330106';
  while (code.length < 17) code += CODE_CHARS[Math.floor(Math.random() * 10)];
  let sum = 0;
  let weight = 1;
  for (const c of code) {
    sum += CODE_CHARS.indexOf(c) * weight;
    weight = (weight * 3) % 31;
  }
  return code + CODE_CHARS[(31 - (sum % 31)) % 31];
}

/** A valid resident ID (GB 11643-1999) of its own per run; the signer types the same one. */
function residentId(): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(Math.random() * 365 * 40) * 86_400_000);
  const body = `110105${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

describe('a NEW application with a credit commitment instead of the premises proof', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('retailer uploads three documents, signs the commitment for PREMISES_PROOF, submits and sees the signed commitment', async () => {
    const id = runId();
    const operatorId = residentId();

    const retailer = await phone(browser);
    await signedInAt(retailer.page, '/portal', 'retailer.xihu');
    await expectNoAxeViolations(retailer.page);
    await retailer.page.click('[data-testid="new-application"]');
    const p = retailer.page;
    await expectNoAxeViolations(p);
    await p.fill('[data-testid="field-businessName"] input', `西湖承诺便利店 ${id}`);
    await p.fill('[data-testid="field-creditCode"] input', creditCode());
    await p.fill('[data-testid="field-operatorName"] input', '张三');
    await p.fill('[data-testid="field-operatorIdNumber"] input', operatorId);
    await p.fill('[data-testid="field-mobile"] input', '13812345678');
    await p.fill('[data-testid="field-businessScope"] input', '卷烟、雪茄烟零售');
    await p.selectOption('[data-testid="division-city"]', '330100');
    await p.selectOption('[data-testid="division-district"]', '330106');
    await p.fill('[data-testid="field-address"] input', `文三路 ${id} 号`);
    // the shop is placed by tapping the map (no tiles needed); a different spot each run
    const spot = Number.parseInt(id.slice(-4), 36);
    await p.locator('[data-testid="premises-map"]').click({ position: { x: 25 + (spot % 260), y: 25 + (Math.floor(spot / 260) % 170) } });
    await p.waitForSelector('[data-testid="location-status"]:has-text("已在地图上标注")');
    await p.click('[data-testid="save-draft"]');
    await p.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/);

    // three documents; the fourth (PREMISES_PROOF) is committed instead of proven
    await upload(p, 'BUSINESS_LICENSE', { name: 'business-license.pdf', mimeType: 'application/pdf', buffer: pdf() });
    await upload(p, 'ID_CARD', { name: 'id-card.png', mimeType: 'image/png', buffer: png() });
    await upload(p, 'PREMISES_PHOTO', { name: 'shop.png', mimeType: 'image/png', buffer: png(16, 12) });

    await p.click('[data-testid="commitment-start"]');
    await p.click('[data-testid="commitment-template-PREMISES_PROOF"]');
    await p.waitForSelector('[data-testid="commitment-text"]');
    await expectNoAxeViolations(p, 'commitment form');
    await p.fill('[data-testid="commitment-name"] input', '张三');
    await p.fill('[data-testid="commitment-id"] input', operatorId);
    await p.click('[data-testid="commitment-agree"]');
    await p.click('[data-testid="commitment-sign"]');
    await p.locator('[data-testid="commitment-item"]').first().waitFor({ timeout: 30_000 });
    expect(await p.locator('[data-testid="commitment-item"]').first().textContent()).toContain('已签署');

    await p.click('[data-testid="submit-application"]');
    await expect.poll(async () => (await stateOf(p).textContent())?.trim()).toBe('已提交');
    const commitment = p.locator('[data-testid="commitment-item"]').first();
    await commitment.waitFor();
    expect(await commitment.textContent()).toContain('已签署');
    expect(await commitment.textContent()).toContain('张三');
    await expectNoAxeViolations(p, 'submitted');
    await screenshot(p, 'commitment-submitted');
  });
});
