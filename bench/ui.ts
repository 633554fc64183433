/// <reference lib="dom" />
// npm run bench:ui — in Debian's Chromium: time to the first drawn view on the corpus graph, and frames per
// second while panning and zooming synthetic graphs of 500, 2,000 and 5,000 nodes (canvas and WebGL renderers).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './api';

async function main(): Promise<void> {
  const root = path.join(__dirname, '..');
  if (!fs.existsSync(path.join(root, 'dist', 'client', 'index.html')))
    throw new Error('build the client first: npm run build:client');
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
