// Curation in the explorer (Chromium, embedded store, the five documents): merge two companies, rename the one kept,
// reject one of its links, then undo all three from the page of curations and get the extracted graph back.
/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config';
import { ingestPaths } from '../../server/ingest/ingestPaths';
import { Extractor } from '../../server/ingest/pipeline';
import type { GraphExport } from '../../server/model';
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import { CORPUS_DIR } from '../helpers/corpus';
import { ARTIFACTS, browserAvailable as available, CHROMIUM, CLIENT } from '../helpers/explorer';
import { listen, type Listening } from '../helpers/listen';

const TOKEN = 'browser-curation-token-0123';

(available ? describe : describe.skip)('curation in the explorer', () => {
  let server: Listening | undefined;
  let store: EmbeddedStore;
  let browser: Browser;
  let page: Page;
  let original: GraphExport;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ui-curation-'));

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    store = new EmbeddedStore({ dataDir: dir });
    await store.init();
    const extractor = new Extractor();
    await ingestPaths(store, extractor, [CORPUS_DIR]);
    original = await store.exportGraph();
    const config = { ...loadConfig({ KG_RATE_LIMIT: '0', KG_API_TOKEN: TOKEN }), dataDir: dir };
    server = await listen(
      createApp({ store, extractor, config, logger: pino({ level: 'silent' }), clientDir: CLIENT }),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `curation-${name}.png`) });
  const drawnIds = () =>
    page.evaluate(() => (window as unknown as { __pg: { nodes(): { id: string }[] } }).__pg.nodes().map((n) => n.id));
  const edgeIds = () =>
    page.evaluate(() => (window as unknown as { __pg: { edges(): { id: string }[] } }).__pg.edges().map((e) => e.id));

  test('merge two nodes, rename one, reject a link, undo all three', async () => {
    const [into, from] = await store.search('集团', { types: ['Company'], limit: 2 });
    expect(into.id).not.toBe(from.id);

    await page.goto(`${server!.base}/?lang=zh`);
    await page.waitForSelector('body[data-ready=true]');
    const input = page.locator('#search-input');
    await input.fill(from.name_zh);
    await page.locator('#search-results li.active', { hasText: from.name_zh }).first().waitFor();
    await input.press('Enter');
    await page.locator('.name-primary', { hasText: from.name_zh }).waitFor();

    // Sign in once: the token and the editor's name stay in this browser.
    await page.locator('.curation input.token').fill(TOKEN);
    await page.locator('.curation input.editor').fill('测试编辑');
    await page.locator('.curation button.save-credentials').click();

    // Merge into the other company, found by the panel's search.
    await page.locator('.curation input.merge-search').fill(into.name_zh);
    await page.locator(`.curation button.merge-search-pick[data-id="${into.id}"]`).click();
    await page.locator('.name-primary', { hasText: into.name_zh }).waitFor();
    expect(await drawnIds()).not.toContain(from.id);
    expect(await drawnIds()).toContain(into.id);
    expect(await store.getEntity(from.id)).toBeNull();
    expect((await store.getEntity(into.id))!.aliases).toContain(from.name_zh);
    await shot('1-merged');

    // Rename the company kept; the panel and the node say so.
    await page.locator('.curation input.name-zh').fill('校订测试集团');
    await page.locator('.curation button.rename').click();
    await page.locator('.name-primary', { hasText: '校订测试集团' }).waitFor();
    await page.locator('.curation .curated-mark').waitFor();
    const label = await page.evaluate(
      (id) =>
        (window as unknown as { __pg: { nodes(): { id: string; label: string }[] } }).__pg
          .nodes()
          .find((n) => n.id === id)?.label,
      into.id,
    );
    expect(label).toBe('校订测试集团');
    await shot('2-renamed');

    // Reject one of its links from the link's evidence panel.
    await page.locator('.rel-group a').first().click();
    const section = page.locator('section.curation[data-relation]');
    await section.waitFor();
    const relation = (await section.getAttribute('data-relation'))!;
    expect(await edgeIds()).toContain(relation);
    await section.locator('button.reject').click();
    await page.waitForFunction(
      (id) => !(window as unknown as { __pg: { edges(): { id: string }[] } }).__pg.edges().some((e) => e.id === id),
      relation,
    );
    expect(await store.getRelation(relation)).toBeNull();
    await shot('3-rejected');

    // The history tab lists all three, newest first, by the editor signed in.
    await page.locator('#search-input').fill('校订测试集团');
    await page.locator('#search-results li.active', { hasText: '校订测试集团' }).first().waitFor();
    await page.locator('#search-input').press('Enter');
    await page.locator('.name-primary', { hasText: '校订测试集团' }).waitFor();
    const history = page.locator('section.curation[data-entity] ul.history li');
    await history.first().waitFor();
    expect(await history.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.action))).toEqual([
      'reject_relation',
      'rename',
      'merge',
    ]);
    expect(await history.first().innerText()).toContain('测试编辑');

    // Undo all three, newest first, from the page of curations.
    await page.getByRole('button', { name: '校订记录' }).click();
    const live = page.locator('.curation-log li.live');
    await live.first().waitFor();
    for (const undone of [1, 2, 3]) {
      await live.first().locator('button.undo').click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('.curation-log li[data-action="undo"]').length === n,
        undone,
      );
    }
    expect(await live.count()).toBe(0);
    // The three curations are listed as undone, below the three undo records.
    expect(await page.locator('.curation-log li.inactive:not([data-action="undo"])').count()).toBe(3);
    expect(await page.locator('.curation-log li[data-action="undo"]').count()).toBe(3);
    await shot('4-undone');
    const back = await store.exportGraph();
    expect(back.entities).toEqual(original.entities);
    expect(back.relations).toEqual(original.relations);
    expect((await store.curations()).map((c) => c.action)).toEqual([
      'merge',
      'rename',
      'reject_relation',
      'undo',
      'undo',
      'undo',
    ]);
  }, 180_000);
});
