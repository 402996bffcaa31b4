import type { Page } from 'playwright-core';
import { GATEWAY, expectNoAxeViolations, pdf, png, signedInAt } from './support';

/** A file as the document picker takes it (Playwright's `setInputFiles`). */
export interface FixtureFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The applicant most journeys file for (a GB 32100 code and a GB 11643 ID that check). */
export const DEMO_APPLICANT = { creditCode: '91350100M000100Y43', operatorName: '张三', operatorIdNumber: '11010519491231002X' };

/** 西湖区, Hangzhou: `retailer.xihu`'s district and `clerk.xihu`'s jurisdiction. */
export const XIHU = '330106';

export interface NewApplication {
  businessName: string;
  address: string;
  /** The credit code and the operator; a draft that is never submitted may leave them out. */
  applicant?: { creditCode: string; operatorName: string; operatorIdNumber: string };
  mobile?: string;
  /** Left empty unless given. */
  businessScope?: string;
  /** A district of Hangzhou; Xihu unless given. */
  district?: string;
}

/** The state tag on the retailer's page of an application. */
export const applicationState = (page: Page) => page.locator('[data-testid="application-detail"] [data-testid="state-tag"]');

/**
 * Signs `username` in at the portal (the gateway's sign-in, then back), opens the NEW form
 * from the start page's button, and checks both pages with axe.
 */
export async function startNewApplication(page: Page, username = 'retailer.xihu'): Promise<void> {
  await signedInAt(page, '/portal', username);
  await page.waitForSelector('[data-testid="applications"]');
  await expectNoAxeViolations(page, 'portal');
  await page.click('[data-testid="new-application"]');
  await page.waitForURL(`${GATEWAY}/portal/applications/new`);
  await page.waitForSelector('[data-testid="application-form"]');
  await expectNoAxeViolations(page, 'new application');
}

/** Opens the empty NEW application form straight from its address (a session is there already). */
export async function openNewApplication(page: Page): Promise<void> {
  await page.goto(`${GATEWAY}/portal/applications/new`);
}

/**
 * Types a NEW application into the form the page shows, in the form's order: name, applicant,
 * mobile, business scope, then the premises' district (city first) and address. The shop's
 * place on the map is `tapMap`'s, the scope items are the journey's own.
 */
export async function fillNewApplication(page: Page, application: NewApplication): Promise<void> {
  const district = application.district ?? XIHU;
  await page.fill('[data-testid="field-businessName"] input', application.businessName);
  if (application.applicant) {
    await page.fill('[data-testid="field-creditCode"] input', application.applicant.creditCode);
    await page.fill('[data-testid="field-operatorName"] input', application.applicant.operatorName);
    await page.fill('[data-testid="field-operatorIdNumber"] input', application.applicant.operatorIdNumber);
  }
  await page.fill('[data-testid="field-mobile"] input', application.mobile ?? '13812345678');
  if (application.businessScope) await page.fill('[data-testid="field-businessScope"] input', application.businessScope);
  await page.selectOption('[data-testid="division-city"]', `${district.slice(0, 4)}00`);
  await page.selectOption('[data-testid="division-district"]', district);
  await page.fill('[data-testid="field-address"] input', application.address);
}

/** Where Leaflet's zoom control sits, from the map's top left corner (px, with its margin). */
const ZOOM_BUTTONS = { width: 50, height: 80 };

/**
 * Places the shop by tapping the map (no tiles needed) and waits until the form says it is
 * placed. The spot depends on the run (`runId()`), inside `area` (px from the map's top left
 * corner, within its width at 375 px), so the outlet-spacing check does not trip over earlier
 * runs; each journey has an area of its own. A spot on the zoom buttons moves right of them.
 */
export async function tapMap(page: Page, runId: string, area: { left: number; top: number; width: number; height: number }): Promise<void> {
  const spot = Number.parseInt(runId.slice(-4), 36);
  let x = area.left + (spot % area.width);
  const y = area.top + (Math.floor(spot / area.width) % area.height);
  // Leaflet's zoom buttons fill the top left corner (about 45 × 75 px): a tap there zooms the
  // map instead of placing the shop, so such a spot moves right, past them
  if (x < ZOOM_BUTTONS.width && y < ZOOM_BUTTONS.height) x += ZOOM_BUTTONS.width;
  await page.locator('[data-testid="premises-map"]').click({ position: { x, y } });
  await page.waitForSelector('[data-testid="location-status"]:has-text("已在地图上标注")');
}

/** Saves the draft and waits for its page; answers the application's id. */
export async function saveDraft(page: Page, timeout?: number): Promise<string> {
  await page.click('[data-testid="save-draft"]');
  await page.waitForURL(/\/portal\/applications\/[0-9a-f-]{36}$/, timeout ? { timeout } : {});
  return page.url().split('/').pop()!;
}

/** Uploads a document on the application's page and waits until the list shows one more. */
export async function uploadDocument(page: Page, documentType: string, file: FixtureFile): Promise<void> {
  const before = await page.locator('[data-testid="document-item"]').count();
  await page.selectOption('[data-testid="document-type"]', documentType);
  await page.setInputFiles('[data-testid="document-file"]', file);
  await page.click('[data-testid="document-upload-button"]');
  await page.locator('[data-testid="document-item"]').nth(before).waitFor({ timeout: 30_000 });
}

export type NewDocumentType = 'BUSINESS_LICENSE' | 'ID_CARD' | 'PREMISES_PHOTO' | 'PREMISES_PROOF';

/** The four documents a NEW application needs, as real files (the service checks the bytes). */
export function newDocuments(): Record<NewDocumentType, FixtureFile> {
  return {
    BUSINESS_LICENSE: { name: 'business-license.pdf', mimeType: 'application/pdf', buffer: pdf() },
    ID_CARD: { name: 'id-card.png', mimeType: 'image/png', buffer: png() },
    PREMISES_PHOTO: { name: 'shop.png', mimeType: 'image/png', buffer: png(16, 12) },
    PREMISES_PROOF: { name: 'lease.pdf', mimeType: 'application/pdf', buffer: pdf('Lease') },
  };
}

/** Uploads the documents of `types` in that order (all four unless given), `files` replacing the default ones. */
export async function uploadNewDocuments(
  page: Page,
  types: readonly NewDocumentType[] = ['BUSINESS_LICENSE', 'ID_CARD', 'PREMISES_PHOTO', 'PREMISES_PROOF'],
  files: Partial<Record<NewDocumentType, FixtureFile>> = {},
): Promise<void> {
  const documents = { ...newDocuments(), ...files };
  for (const type of types) await uploadDocument(page, type, documents[type]);
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid credit code (GB 32100-2015) of its own per run, under a registration prefix, so no earlier bar or breach applies. */
export function freshCreditCode(prefix: string): string {
  let code = prefix;
  while (code.length < 17) code += CODE_CHARS[Math.floor(Math.random() * 10)];
  let sum = 0;
  let weight = 1;
  for (const c of code) {
    sum += CODE_CHARS.indexOf(c) * weight;
    weight = (weight * 3) % 31;
  }
  return code + CODE_CHARS[(31 - (sum % 31)) % 31];
}

/** A valid resident ID (GB 11643-1999) with a real birth date, of its own per run. */
export function freshResidentId(): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(Math.random() * 365 * 40) * 86_400_000);
  const body = `110105${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}
