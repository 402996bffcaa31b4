import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, onTestFailed } from 'vitest';

/** The running platform: the gateway serves the built app and the APIs. */
export const GATEWAY = (process.env.GATEWAY_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
export const RESULTS_DIR = fileURLToPath(new URL('../test-results/', import.meta.url));
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo@2026';

/** Debian's Chromium, driven by playwright-core (no browser download). */
export function launch(options: LaunchOptions = {}): Promise<Browser> {
  const camera = options.fakeCamera
    ? ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${options.fakeCamera}`]
    : [];
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...camera,
    ],
  });
}

/**
 * A journey: a `describe` whose tests share one Chromium, launched before the first and
 * closed after the last. `tests` declares the tests; it gets the browser as a function,
 * since the browser exists only once the tests run: `phone(browser())`.
 */
export function journey(name: string, tests: (browser: () => Browser) => void, options: LaunchOptions = {}): void {
  describe(name, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launch(options);
    });
    afterAll(async () => {
      await browser?.close();
    });
    tests(() => {
      if (!browser) throw new Error(`the browser of "${name}" is not launched yet: call browser() inside a test`);
      return browser;
    });
  });
}

export interface LaunchOptions {
  /** An MJPEG file that Chromium's fake camera shows instead of a real one (camera allowed without asking). */
  fakeCamera?: string;
}

/** A 375 px phone in Simplified Chinese; every page error and failed request is logged. */
export function phone(browser: Browser, deviceScaleFactor = 2): Promise<{ context: BrowserContext; page: Page }> {
  return open(browser, { width: 375, height: 812 }, deviceScaleFactor);
}

/** A 1366 px desktop, as the consoles are used. */
export function desktop(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  return open(browser, { width: 1366, height: 768 }, 1);
}

let opened = 0;

async function open(
  browser: Browser,
  viewport: { width: number; height: number },
  deviceScaleFactor: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) console.error(`[${response.status()}] ${response.request().method()} ${response.url()}`);
  });
  const n = ++opened;
  onTestFailed(async ({ task }) => {
    await screenshot(page, `FAILED-${task.name.replace(/\W+/g, '-').slice(0, 60)}-page${n}`).catch(() => undefined);
  });
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = `${RESULTS_DIR}${name}.png`;
  // fixed headers are drawn where the page is scrolled to: shoot from the top
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Runs axe-core (all its rules but the experimental ones: WCAG 2.x A/AA and best practices)
 * on the page as it is now and fails on any violation, listing each rule, its help text and
 * the elements it found. Call it after every navigation and every step that changes what is
 * shown. Pages outside the platform (the issuer's login form) are not ours and are skipped.
 */
export async function expectNoAxeViolations(page: Page, step = ''): Promise<void> {
  if (!page.url().startsWith(GATEWAY)) return;
  // let data arrive and transitions (dialogs, toasts) settle before judging colours
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(350);
  // a toast or dialog half faded in or out has colours no one reads: wait for Vue's transitions,
  // and for every toast (2 s by default) to leave, as one may start fading while axe runs
  await page
    .waitForFunction(
      () =>
        !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]') &&
        !Array.from(document.querySelectorAll('.van-toast')).some((toast) => toast.getClientRects().length > 0),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).analyze();
  const where = `${new URL(page.url()).pathname}${step ? ` (${step})` : ''}`;
  const found = results.violations.map(
    (v) =>
      `${v.id} [${v.impact}] ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n'),
  );
  console.log(`[axe] ${where}: ${found.length} violations, ${results.passes.length} rules passed`);
  if (found.length) throw new Error(`axe on ${where}:\n${found.join('\n')}`);
}

/**
 * Opens a page that needs a session, signs in there as `username` through the gateway and
 * the issuer, and waits to be back on that page.
 */
export async function signedInAt(page: Page, path: string, username: string): Promise<void> {
  await page.goto(`${GATEWAY}${path}`);
  await page.click('[data-testid="signin"]');
  await signInOnIssuer(page, username);
  await page.waitForURL(`${GATEWAY}${path}`);
}

/** Signs in on the issuer's login page the gateway sent the browser to. */
export async function signInOnIssuer(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.waitForSelector('#username');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL((url) => url.href.startsWith(GATEWAY)), page.click('button[type=submit]')]);
}

/** A real (tiny) PNG: the services decide the type by the bytes. */
export function png(width = 8, height = 8): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xc8)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal one-page PDF. */
export function pdf(text = 'Business license'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    (() => {
      const stream = `BT /F1 12 Tf 20 50 Td (${text}) Tj ET`;
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    })(),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Something unique per run, so duplicate detection does not merge this run into an earlier one. */
export function runId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
