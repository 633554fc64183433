/// <reference lib="dom" />
// npm run bench:ui — in Debian's Chromium: time to the first drawn view on the corpus graph, and frames per
// second while panning and zooming synthetic graphs of 500, 2,000 and 5,000 nodes (canvas and WebGL renderers).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServer } from './api';

const root = path.join(__dirname, '..');
/** The test build of the client (with window.__pg); the production bundle the server serves has no test hooks. */
const TEST_CLIENT = path.join(root, 'dist', 'client-test');

/** The page loads the explorer's files from the test build and asks the server, in its own process, for the API. */
async function serveTestClient(page: Page, base: string): Promise<void> {
  await page.route(`${base}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/api/')) return route.continue();
    const file = path.join(TEST_CLIENT, path.normalize(url.pathname));
    const found = file.startsWith(TEST_CLIENT) && fs.existsSync(file) && fs.statSync(file).isFile();
    return route.fulfill({ path: found ? file : path.join(TEST_CLIENT, 'index.html') });
  });
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(TEST_CLIENT, 'index.html')))
    throw new Error('build the test client first: npm run build:client:test');
  const corpus = process.env.KG_CORPUS ?? path.join(root, '..', 'shared', 'corpus');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ui-'));
  const server = await startServer({ KG_DATA_DIR: dataDir, KG_CORPUS: corpus });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(process.env.BENCH_GL === 'swiftshader'
        ? ['--enable-unsafe-swiftshader', '--use-angle=swiftshader']
        : ['--disable-gpu']),
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await serveTestClient(page, server.base);
    const firstView: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await page.goto(`${server.base}/?lang=zh`);
      await page.waitForSelector('body[data-ready=true]');
      firstView.push(Date.now() - t0);
    }
    const rows: Record<string, number | boolean>[] = [];
    for (const n of [500, 2000, 5000]) {
      for (const webgl of [false, true]) {
        const r = (await page.evaluate(
          ([count, gl]) =>
            (
              window as unknown as { __pg: { bench(n: number, w: boolean): Promise<Record<string, number | boolean>> } }
            ).__pg.bench(count as number, gl as boolean),
          [n, webgl],
        )) as Record<string, number | boolean>;
        rows.push(r);
      }
    }
    console.table(rows);
    const machine = {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      gpu: 'none (software rendering)',
      node: process.version,
      chromium: browser.version(),
    };
    process.stdout.write(`${JSON.stringify({ benchmark: 'ui', machine, firstViewMs: firstView, rows }, null, 2)}\n`);
  } finally {
    await browser.close();
    server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
