// The explorer in Debian's Chromium, driven by playwright-core, against the real app on the five documents.
// Screenshots of each step go to tests/artifacts/ (git-ignored).
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
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import type { Neo4jStore } from '../../server/store/neo4j/Neo4jStore';
import { CORPUS_DIR } from '../helpers/corpus';
import { NEO4J, openNeo4j, releaseNeo4j } from '../helpers/neo4j';
import { ARTIFACTS, browserAvailable as available, CHROMIUM, CLIENT } from '../helpers/explorer';
import { listen, type Listening } from '../helpers/listen';

type Drawn = { id: string; label: string; type: string; name_zh: string };

(available ? describe : describe.skip)('explorer in Chromium', () => {
  let server: Listening | undefined;
  let store: EmbeddedStore;
  let browser: Browser;
  let page: Page;
  let base = '';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ui-'));

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    store = new EmbeddedStore({ dataDir: dir });
    await store.init();
    const extractor = new Extractor();
    await ingestPaths(store, extractor, [CORPUS_DIR]);
    const app = createApp({
      store,
      extractor,
      config: { ...loadConfig({ KG_RATE_LIMIT: '0' }), dataDir: dir },
      logger: pino({ level: 'silent' }),
      clientDir: CLIENT,
    });
    server = await listen(app);
    base = server.base;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'zh-CN', acceptDownloads: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  const drawn = () => page.evaluate(() => (window as unknown as { __pg: { nodes(): Drawn[] } }).__pg.nodes());
  const edges = () =>
    page.evaluate(() =>
      (
        window as unknown as { __pg: { edges(): { id: string; type: string; source: string; target: string }[] } }
      ).__pg.edges(),
    );
  const settle = () => page.waitForFunction(() => !document.querySelector('.status.loading'));

  async function searchAndOpen(q: string, expected: string): Promise<void> {
    const input = page.locator('#search-input');
    await input.fill(q);
    await page.locator('#search-results li.active', { hasText: expected }).first().waitFor();
    await input.press('Enter');
    await page.locator('.name-primary', { hasText: expected }).waitFor();
    await settle();
  }

  test('first view: the most important entities, a legend, search labelled 搜索', async () => {
    await page.goto(`${base}/?lang=zh`);
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.getByLabel('搜索').getAttribute('type')).toBe('search');
    const nodes = await drawn();
    expect(nodes.length).toBeGreaterThanOrEqual(20);
    expect(nodes.map((n) => n.label)).toContain('太原市');
    expect(await page.locator('.legend li').count()).toBe(8);
    await shot('1-first-view');
  });

  test('search 太忻, open 太忻一体化经济区, expand it and see a project located in it', async () => {
    await searchAndOpen('太忻', '太忻一体化经济区');
    await shot('2-search-open');
    await page.getByRole('button', { name: '展开邻居' }).click();
    await settle();
    await page.getByRole('button', { name: '更多' }).click();
    await settle();
    const nodes = await drawn();
    const zone = nodes.find((n) => n.name_zh === '太忻一体化经济区')!;
    const located = (await edges())
      .filter((e) => e.type === 'LOCATED_IN' && e.target === zone.id)
      .map((e) => nodes.find((n) => n.id === e.source));
    expect(located.some((n) => n?.type === 'Project')).toBe(true);
    await shot('3-expanded');
  });

  test("open an edge's evidence and see the sentence, highlighted, with a link to the document", async () => {
    const nodes = await drawn();
    const zone = nodes.find((n) => n.name_zh === '太忻一体化经济区')!;
    expect((await edges()).some((e) => e.type === 'LOCATED_IN' && e.target === zone.id)).toBe(true);
    // Open the relation from the entity panel's list of relations.
    await page.locator('.panel-head h2', { hasText: '详情' }).waitFor();
    await page.locator('.rel-group a', { hasText: '位于太忻一体化经济区' }).first().click();
    await page.locator('.evidence blockquote').first().waitFor();
    const sentence = await page.locator('.evidence blockquote').first().innerText();
    expect(sentence).toContain('太忻一体化经济区');
    expect(await page.locator('.evidence mark.ent').count()).toBeGreaterThanOrEqual(2);
    await shot('4-evidence');
    await page.locator('.evidence .open-doc').first().click();
    await page.locator('.doc-text .sentence.current').waitFor();
    expect(await page.locator('.doc-text .sentence.current').innerText()).toContain('太忻一体化经济区');
    expect(await page.locator('.doc-text mark.ent').count()).toBeGreaterThan(30);
    await shot('5-document');
  });

  test('find the path 太钢 → 太忻一体化经济区, drawn and explained hop by hop with evidence', async () => {
    await searchAndOpen('太钢', '太钢');
    await page.getByRole('button', { name: '设为路径起点' }).click();
    await searchAndOpen('太忻一体化经济区', '太忻一体化经济区');
    await page.getByRole('button', { name: '设为路径终点' }).click();
    await page.locator('.paths .path').first().waitFor();
    await settle();
    const hops = page.locator('.paths .path').first().locator('.hops li');
    expect(await hops.count()).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < (await hops.count()); i++)
      expect((await hops.nth(i).locator('blockquote').innerText()).length).toBeGreaterThan(5);
    const highlighted = await page.evaluate(() =>
      (window as unknown as { __pg: { highlighted(): string[] } }).__pg.highlighted(),
    );
    expect(highlighted.length).toBeGreaterThanOrEqual(3);
    // Each hop says which document (and year) its sentence comes from.
    for (let i = 0; i < (await hops.count()); i++)
      expect(await hops.nth(i).locator('.hop-source').innerText()).toMatch(/来源：.+（\d{4}年）/);
    // Avoiding hubs (on by default): the path does not pass through 太原市, or the hub it needs is named.
    expect(await page.locator('.paths .avoid-hubs input').isChecked()).toBe(true);
    const first = page.locator('.paths .path').first();
    const onPath = (await drawn()).filter((n) => highlighted.includes(n.id)).map((n) => n.name_zh);
    if ((await first.locator('.hubs').count()) === 0) expect(onPath).not.toContain('太原市');
    else expect(await first.locator('.hubs').innerText()).toMatch(/必经枢纽：/);
    await shot('6-path');
  });

  test('switch to English: graph labels and panel change language, and the choice persists', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.panel-head h2', { hasText: 'Connections' }).waitFor();
    expect(await page.getByLabel('Search').getAttribute('type')).toBe('search');
    const labels = (await drawn()).map((n) => n.label);
    expect(labels).toContain('Taiyuan Iron & Steel (TISCO)');
    expect(labels.filter((l) => /[\u4e00-\u9fff]/.test(l))).toEqual([]);
    expect(await page.locator('.hop-statement').first().innerText()).toMatch(/^[^\u4e00-\u9fff]+$/);
    expect(await page.evaluate(() => localStorage.getItem('policy-graph-lang'))).toBe('en');
    // English readers: hovering a sentence gives its words pinyin and a dictionary gloss.
    await page.locator('.paths blockquote .marked').first().hover();
    await page.locator('.paths blockquote .word').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.paths blockquote .word').first().getAttribute('title')).toMatch(
      /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+ — \w/,
    );
    await shot('7-english');
  });

  test('export the visible subgraph as JSON and the view as PNG', async () => {
    const select = page.locator('#toolbar select');
    const [json] = await Promise.all([page.waitForEvent('download'), select.selectOption('json')]);
    const file = await json.path();
    const data = JSON.parse(fs.readFileSync(file!, 'utf8')) as {
      entities: { id: string; name_zh: string }[];
      relations: { source: string; target: string }[];
    };
    expect(data.entities.map((n) => n.id).sort()).toEqual((await drawn()).map((n) => n.id).sort());
    expect(data.relations.length).toBeGreaterThan(0);
    const [png] = await Promise.all([page.waitForEvent('download'), select.selectOption('png')]);
    expect(
      fs
        .readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  test('a copied link reopens the same view; back and forward work', async () => {
    const url = page.url();
    const before = (await drawn()).map((n) => n.id).sort();
    const other = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await other.goto(url);
    await other.waitForSelector('body[data-ready=true]');
    await other.locator('.paths .path').first().waitFor();
    const after = await other.evaluate(() =>
      (window as unknown as { __pg: { nodes(): Drawn[] } }).__pg
        .nodes()
        .map((n) => n.id)
        .sort(),
    );
    expect(after).toEqual(before);
    expect(await other.locator('.panel-head h2').innerText()).toBe('Connections');
    await other.screenshot({ path: path.join(ARTIFACTS, '8-reopened.png') });
    await other.close();
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'zh');
    await page.locator('.panel-head h2', { hasText: '关联路径' }).waitFor();
    await page.goForward();
    await page.locator('.panel-head h2', { hasText: 'Connections' }).waitFor();
  });

  test('太原市: a timeline of the documents that mention it and a chart of each indicator series', async () => {
    await page.goto(`${base}/?lang=zh`);
    await page.waitForSelector('body[data-ready=true]');
    await searchAndOpen('太原市', '太原市');
    const items = page.locator('.timeline li');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(4);
    const years = (await page.locator('.timeline .tl-year').allInnerTexts()).map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const growth = page.locator('figure.indicator[data-indicator="gdp_growth"]');
    await growth.locator('canvas').first().waitFor();
    expect(await growth.locator('figcaption').innerText()).toBe('地区生产总值增速');
    const points = await growth.locator('.indicator-points li').allInnerTexts();
    expect(points).toContain('2022 · 目标 · 7%');
    expect(points).toContain('2022 · 实际 · 3.3%');
    expect(await page.locator('figure.indicator').count()).toBeGreaterThan(3);
    await growth.scrollIntoViewIfNeeded();
    await shot('9-timeline-indicators');
  });
});

// The same explorer served from Neo4j: one walk through first view, search, expansion and a path.
(available && NEO4J ? describe : describe.skip)('explorer in Chromium, served from Neo4j', () => {
  let server: Listening | undefined;
  let store: Neo4jStore | undefined;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    store = await openNeo4j();
    const extractor = new Extractor();
    await ingestPaths(store, extractor, [CORPUS_DIR]);
    const app = createApp({
      store,
      extractor,
      config: loadConfig({ KG_RATE_LIMIT: '0' }),
      logger: pino({ level: 'silent' }),
      clientDir: CLIENT,
    });
    server = await listen(app);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'zh-CN' });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await releaseNeo4j(store);
  });

  test('first view, search 太忻 and expand it, then the path 太钢 → 太忻一体化经济区 with evidence', async () => {
    const drawn = () => page.evaluate(() => (window as unknown as { __pg: { nodes(): Drawn[] } }).__pg.nodes());
    const settle = () => page.waitForFunction(() => !document.querySelector('.status.loading'));
    const open = async (q: string, expected: string) => {
      await page.locator('#search-input').fill(q);
      await page.locator('#search-results li.active', { hasText: expected }).first().waitFor();
      await page.locator('#search-input').press('Enter');
      await page.locator('.name-primary', { hasText: expected }).waitFor();
      await settle();
    };
    await page.goto(`${server!.base}/?lang=zh`);
    await page.waitForSelector('body[data-ready=true]');
    expect((await drawn()).map((n) => n.label)).toContain('太原市');
    await open('太忻', '太忻一体化经济区');
    await page.getByRole('button', { name: '展开邻居' }).click();
    await settle();
    expect((await drawn()).length).toBeGreaterThan(5);
    await open('太钢', '太钢');
    await page.getByRole('button', { name: '设为路径起点' }).click();
    await open('太忻一体化经济区', '太忻一体化经济区');
    await page.getByRole('button', { name: '设为路径终点' }).click();
    // Neo4j's path search shares two cores with the other suites here: a waiting room, not a speed assertion.
    await page.locator('.paths .path').first().waitFor({ timeout: 90_000 });
    const hops = page.locator('.paths .path').first().locator('.hops li');
    expect(await hops.count()).toBeGreaterThanOrEqual(1);
    expect((await hops.first().locator('blockquote').innerText()).length).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(ARTIFACTS, 'neo4j-path.png') });
  }, 150_000);
});
