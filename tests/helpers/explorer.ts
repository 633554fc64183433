// The explorer served on a store holding the five source documents, with a Chromium page on it (browser tests).
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config';
import { ingestPaths } from '../../server/ingest/ingestPaths';
import { Extractor } from '../../server/ingest/pipeline';
import type { GraphStore } from '../../server/store/GraphStore';
import { CORPUS_DIR } from './corpus';
import { listen, type Listening } from './listen';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The test build of the client: it has the read-only hooks (window.__pg) the browser tests look through. */
export const CLIENT = path.join(__dirname, '..', '..', 'dist', 'client-test');
export const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
export const browserAvailable = fs.existsSync(CHROMIUM) && fs.existsSync(path.join(CLIENT, 'index.html'));
if (!browserAvailable && process.env.CI)
  throw new Error(`Browser tests need ${CHROMIUM} and a test build of the client (npm run build:client:test)`);

export interface Served {
  server: Listening;
  browser: Browser;
  page: Page;
}

/** Ingests the corpus into the store, serves the built client and opens a page (1400×900 unless told). */
export async function serveExplorer(
  store: GraphStore,
  dir?: string,
  viewport = { width: 1400, height: 900 },
): Promise<Served> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const extractor = new Extractor();
  await ingestPaths(store, extractor, [CORPUS_DIR]);
  const config = { ...loadConfig({ KG_RATE_LIMIT: '0' }), ...(dir ? { dataDir: dir } : {}) };
  const app = createApp({ store, extractor, config, logger: pino({ level: 'silent' }), clientDir: CLIENT });
  const server = await listen(app);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport, locale: 'zh-CN', acceptDownloads: true });
  return { server, browser, page };
}

export async function closeExplorer(s: Served | undefined): Promise<void> {
  await s?.browser.close();
  await s?.server.close();
}

export type Drawn = { id: string; label: string; type: string; name_zh: string };

export const drawnNodes = (page: Page): Promise<Drawn[]> =>
  page.evaluate(() => (window as unknown as { __pg: { nodes(): Drawn[] } }).__pg.nodes());

export const settle = (page: Page) => page.waitForFunction(() => !document.querySelector('.status.loading'));

/** Types a query in the search box, opens the active suggestion and waits for its panel. */
export async function searchAndOpen(page: Page, q: string, expected: string): Promise<void> {
  await page.locator('#search-input').fill(q);
  await page.locator('#search-results li.active', { hasText: expected }).first().waitFor();
  await page.locator('#search-input').press('Enter');
  await page.locator('.name-primary', { hasText: expected }).waitFor();
  await settle(page);
}
