import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { TOKEN, XSS_DOC, XSS_ID, exampleServer } from './explorer-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'docs/screenshots');
const available = existsSync(CHROMIUM);
if (!available) console.warn(`notice: ${CHROMIUM} is absent (apt-get install chromium); the browser tests are skipped`);
const AA = 'agreement:abraham-accords';

describe.skipIf(!available)('web explorer in Chromium', () => {
  let env: Awaited<ReturnType<typeof exampleServer>>;
  let browser: BrowserContext;
  let page: Page;
  const foreign: string[] = [];
  const go = (hash: string) => page.goto(`${env.server.url}/${hash}`);

  beforeAll(async () => {
    env = await exampleServer();
    // A fresh, empty profile each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'accords-chromium-')), {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    page = browser.pages()[0] ?? await browser.newPage();
    // A fixed "today" keeps the pages, and so the screenshots, the same from one run to the next.
    await page.clock.setFixedTime(new Date('2026-01-15T12:00:00Z'));
    page.on('request', (r) => { if (!r.url().startsWith(env.server.url)) foreign.push(r.url()); });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  it('shows an agreement: members with status chips, a map coloured by status, and the as-of slider replays membership', async () => {
    await go(`#/agreement/${encodeURIComponent(AA)}?asOf=2025-12-01`);
    await page.locator('.members tbody tr').first().waitFor();
    const late = await page.locator('.members tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(late).toEqual(expect.arrayContaining(['ARE', 'BHR', 'MAR', 'KAZ']));
    expect(await page.locator('.members .chip').count()).toBe(late.length);
    expect(await page.locator('.world-map .country.member').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.world-map .country.st-signed').count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, 'agreement.png'), fullPage: true });

    const slider = page.locator('#as-of');
    await slider.focus();
    // Back to late August 2020: before the signing in Washington and before Bahrain, Morocco, Kazakhstan.
    await slider.evaluate((el: HTMLInputElement) => {
      el.value = String(Math.round(Date.parse('2020-08-20T00:00:00Z') / 86_400_000));
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.locator('.members h2, section > h2').filter({ hasText: 'as of 2020-08-20' }).first().waitFor();
    const early = await page.locator('.members tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(early).toContain('ARE');
    expect(early).not.toContain('KAZ');
    expect(early).not.toContain('MAR');
    expect(page.url()).toContain('asOf=2020-08-20');
    expect(await page.locator('.world-map .country.member').count()).toBe(early.length - early.filter((s) => s === 'BHR').length);
    // Keyboard: PageUp moves the date forward a month.
    await slider.press('PageUp');
    await expect.poll(() => page.locator('.as-of-value').textContent()).toBe('2020-09-19');
  });

  it('clicks through agreement → member → article, landing on the source sentence', async () => {
    await go(`#/agreement/${encodeURIComponent(AA)}?asOf=2025-12-01`);
    await page.locator('.members tbody tr[data-state="KAZ"] th a').click();
    await page.locator('.timeline .event').first().waitFor();
    expect(await page.locator('h1').textContent()).toContain('Kazakhstan');
    expect(await page.locator('.timeline .event .chip').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'entity.png'), fullPage: true });
    const link = page.locator('.timeline .event .source-link').first();
    await link.click();
    await page.locator('.article-text .hl-focus').first().waitFor();
    expect(page.url()).toMatch(/#\/document\/.+\?span=\d+-\d+/);
    expect(await page.locator('.article-text .hl-entity').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text .hl-event').count()).toBeGreaterThan(0);
    await page.locator('.article-text .hl-entity').first().hover();
    await expect.poll(() => page.locator('.record h3').textContent()).toBe('Entity');
    await page.locator('.record-list summary', { hasText: 'Times' }).click().catch(() => undefined);
    await page.locator('.article-text .hl-time').first().click();
    await expect.poll(() => page.locator('.record h3').textContent()).toBe('Time');
    await page.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });
  });

  it('shows the predictions board grouped by predictor, with pending, fulfilled and failed columns', async () => {
    await go('#/predictions?asOf=2025-12-01');
    await page.locator('.predictor').first().waitFor();
    expect(await page.locator('.predictor').first().locator('.column').count()).toBe(3);
    expect(await page.locator('.prediction').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'predictions.png'), fullPage: true });
  });

  it('searches from the header and marks the matches', async () => {
    await go('#/');
    await page.locator('.cards .card').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'home.png'), fullPage: true });
    await page.fill('#search-input', 'Kazakhstan accords');
    await page.press('#search-input', 'Enter');
    await page.locator('.hits li').first().waitFor();
    expect(await page.locator('.hits mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });
  });

  it('keeps a document\'s markup inert: shown as text, never run', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const posted = await fetch(`${env.server.url}/api/v1/documents`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(XSS_DOC),
    });
    expect(posted.status).toBe(201);
    await go(`#/document/${XSS_ID}`);
    await page.locator('.article-text').waitFor();
    await page.locator('#search-input').fill('hostile markup');
    await page.press('#search-input', 'Enter');
    await page.locator('.hits li').first().waitFor();
    expect(await page.locator('.hits').textContent()).toContain('<script>');
    await go(`#/document/${XSS_ID}`);
    await page.locator('.article-text').waitFor();
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('main script, main img, main svg:not(.world-map), main iframe').count()).toBe(0);
    expect(await page.locator('.article-text').textContent()).toContain('<script>window.__xss = "script"</script>');
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror=');
    expect(errors).toEqual([]);
  });

  it('fetches nothing from any other origin', () => {
    expect(foreign).toEqual([]);
  });
});
