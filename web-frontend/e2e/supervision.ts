import { writeFile } from 'node:fs/promises';
import { encode } from 'uqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { GATEWAY, runId } from './support';
import { DEMO_APPLICANT, XIHU, newDocuments } from './applications';

/**
 * The signed-in browser context's own API calls (same cookies as its pages), with the CSRF
 * header the gateway asks of every unsafe request and an Idempotency-Key on each POST.
 */
export function apiOf(context: BrowserContext) {
  const xsrf = async () => (await context.cookies(GATEWAY)).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  async function send<T>(method: 'GET' | 'POST', path: string, body?: unknown, multipart?: Record<string, unknown>): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (method === 'POST') {
      headers['X-XSRF-TOKEN'] = await xsrf();
      headers['Idempotency-Key'] = crypto.randomUUID();
    }
    const response = await context.request.fetch(`${GATEWAY}${path}`, {
      method,
      headers,
      ...(multipart ? { multipart: multipart as never } : body !== undefined ? { data: body } : {}),
    });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return {
    get: <T>(path: string) => send<T>('GET', path),
    post: <T>(path: string, body: unknown = {}) => send<T>('POST', path, body),
    upload: <T>(path: string, parts: Record<string, unknown>) => send<T>('POST', path, undefined, parts),
  };
}

interface License {
  number: string;
  status: string;
  validUntil: string;
  premises?: { divisionCode?: string };
}
interface Application {
  id: string;
  version: number;
  state: string;
  licenseNo?: string;
}

/**
 * An ACTIVE license in Xihu (330106) held by `retailer.xihu`: one it already holds, or a new
 * one made through the API exactly as the license-lifecycle journey makes it in the browser
 * (NEW application with the four documents, submitted; accepted and reviewed by `clerk.xihu`;
 * approved by `approver`). Each context must already be signed in as that user.
 */
export async function xihuLicense(retailer: BrowserContext, clerk: () => Promise<BrowserContext>, approver: () => Promise<BrowserContext>): Promise<string> {
  const api = apiOf(retailer);
  const today = new Date().toISOString().slice(0, 10);
  const held = await api.get<{ items: License[] }>('/api/licensing/licenses?limit=100');
  const usable = held.items.find((l) => l.status === 'ACTIVE' && l.validUntil > today && l.premises?.divisionCode === XIHU);
  if (usable) return usable.number;

  const id = runId();
  const spot = Number.parseInt(id.slice(-4), 36);
  let application = await api.post<Application>('/api/licensing/applications', {
    type: 'NEW',
    businessName: `西湖烟酒店 ${id}`,
    ...DEMO_APPLICANT,
    mobile: '13812345678',
    businessScope: '卷烟、雪茄烟零售',
    // a different spot each run, so the outlet-spacing check does not trip over earlier runs
    premises: { address: `留下街道 ${id} 号`, divisionCode: XIHU, latitude: 30.25 + (spot % 300) / 10_000, longitude: 120.05 + (spot % 500) / 10_000 },
  });
  const path = `/api/licensing/applications/${application.id}`;
  for (const [documentType, file] of Object.entries(newDocuments())) await api.upload(`${path}/documents`, { documentType, file });
  application = await api.post<Application>(`${path}/submission`, { version: application.version });

  const bureau = apiOf(await clerk());
  application = await bureau.post<Application>(`${path}/acceptance`, { version: application.version });
  application = await bureau.post<Application>(`${path}/review`, { version: application.version });
  application = await apiOf(await approver()).post<Application>(`${path}/decision`, {
    version: application.version,
    outcome: 'APPROVED',
    reason: '材料齐全，符合法定条件，准予许可。',
  });
  const decided = await api.get<Application>(path);
  if (!decided.licenseNo) throw new Error(`application ${application.id} was decided without a license: ${decided.state}`);
  return decided.licenseNo;
}

/**
 * An MJPEG file (JPEG frames one after another) of a QR code carrying `payload`, drawn from
 * the QR matrix of the project's generator (uqr, as `QrCode.vue` draws it) on a white 640×480
 * page and shot as JPEG: what Chromium's fake camera shows to the scan page.
 */
export async function qrVideo(browser: Browser, payload: string, file: string, frames = 30): Promise<void> {
  const qr = encode(payload, { ecc: 'M', border: 4 });
  const path = qr.data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  const context = await browser.newContext({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 1 });
  const page: Page = await context.newPage();
  await page.setContent(
    `<body style="margin:0;background:#fff;display:flex;align-items:center;justify-content:center;height:480px">` +
      `<svg width="400" height="400" viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges">` +
      `<rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${path}" fill="#000"/></svg></body>`,
  );
  const frame = await page.screenshot({ type: 'jpeg', quality: 90 });
  await context.close();
  await writeFile(file, Buffer.concat(Array.from({ length: frames }, () => frame)));
}
