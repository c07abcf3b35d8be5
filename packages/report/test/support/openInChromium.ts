import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Debian's `chromium` package; the test set-up installs it (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.HX4_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PageVisit {
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Every URL the browser requested, the page itself included. */
  requests: string[];
  screenshot: Buffer;
}

/** Opens a local HTML file in a fresh headless Chromium profile and records what it did. */
export async function openInChromium(file: string): Promise<PageVisit> {
  try {
    await access(CHROMIUM);
  } catch {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set HX4_CHROMIUM`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'hx4-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1200, height: 900 },
  });
  try {
    const visit: PageVisit = { errors: [], requests: [], screenshot: Buffer.alloc(0) };
    context.on('request', (request) => visit.requests.push(request.url()));
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') visit.errors.push(message.text());
    });
    page.on('pageerror', (error) => visit.errors.push(error.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    visit.screenshot = await page.screenshot({ fullPage: true });
    return visit;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
