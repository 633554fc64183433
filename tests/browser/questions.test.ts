// The questions asked in the explorer, in Chinese and English, on both stores: companies developing projects
// in a place or any of its parts (the question builder and a ready question), and how 太钢 is connected to 太忻一体化
// (paths). The table is checked against the API's answer to the same pattern, row by row, with its evidence.
/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PatternRow } from '../../server/query/types';
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import type { Neo4jStore } from '../../server/store/neo4j/Neo4jStore';
import {
  ARTIFACTS,
  browserAvailable as available,
  closeExplorer,
  searchAndOpen,
  serveExplorer as serve,
  type Served,
} from '../helpers/explorer';
import { NEO4J, openNeo4j, releaseNeo4j } from '../helpers/neo4j';

const COMPANIES_IN_PLACE = '(n1:Company)-[:DEVELOPS]->(n2:Project)-[:LOCATED_IN]->(n3:Place {id: $n3})';
const READY_COMPANIES = '(company:Company)-[:DEVELOPS]->(project:Project)-[:LOCATED_IN]->(place:Place {id: $place})';

/** What the table shows: per row the ids of its entities, and per evidence line its document, source and sentence. */
async function tableRows(page: Page) {
  return page.locator('.q-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      ids: Array.from(tr.querySelectorAll<HTMLElement>('td.q-ent')).map((td) => td.dataset.id!),
      names: Array.from(tr.querySelectorAll<HTMLElement>('td.q-ent a')).map((a) => a.textContent!),
      evidence: Array.from(tr.querySelectorAll<HTMLElement>('.q-ev')).map((ev) => ({
        document: ev.dataset.document!,
        source: ev.querySelector('.q-src')!.textContent!,
        sentence: ev.querySelector('blockquote')!.textContent!,
      })),
    })),
  );
}

/** The API's answer to the same question, asked from the page. */
async function apiRows(
  page: Page,
  pattern: string,
  params: Record<string, string>,
  descendants = true,
): Promise<PatternRow[]> {
  return page.evaluate(
    async ([pattern, params, descendants]) => {
      const res = await fetch('/api/query', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ pattern, params, descendants, limit: 200 }),
      });
      return ((await res.json()) as { rows: PatternRow[] }).rows;
    },
    [pattern, params, descendants] as const,
  );
}

/** The table holds exactly the API's rows, names in the page's language, each relation's first sentence. */
async function expectTableIsAnswer(page: Page, rows: PatternRow[], lang: 'zh' | 'en'): Promise<void> {
  const shown = await tableRows(page);
  expect(shown.map((r) => r.ids)).toEqual(rows.map((r) => Object.values(r.bindings).map((e) => e.id)));
  expect(shown.map((r) => r.names)).toEqual(
    rows.map((r) => Object.values(r.bindings).map((e) => (lang === 'zh' ? e.name_zh : e.name_en))),
  );
  shown.forEach((r, i) => {
    expect(r.evidence.map((e) => [e.document, e.sentence])).toEqual(
      rows[i].relations.map((rel) => [rel.evidence[0].document, rel.evidence[0].text]),
    );
    for (const e of r.evidence) expect(e.source).toMatch(lang === 'zh' ? /.+（\d{4}年）$/ : /.+ \(\d{4}\)$/);
  });
}

const pickIn = async (page: Page, scope: string, label: string, q: string, hit: string) => {
  await page.locator(scope).getByLabel(label).fill(q);
  await page.locator(`${scope} .q-hits li`, { hasText: hit }).first().click();
};

(available ? describe : describe.skip)('questions in the explorer', () => {
  let s: Served;
  let store: EmbeddedStore;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-questions-'));
  const shot = (name: string) => s.page.screenshot({ path: path.join(ARTIFACTS, `q-${name}.png`) });
  const settle = () => s.page.waitForFunction(() => !document.querySelector('.status.loading'));

  beforeAll(async () => {
    store = new EmbeddedStore({ dataDir: dir });
    await store.init();
    s = await serve(store, dir);
  }, 180_000);

  afterAll(async () => {
    await closeExplorer(s);
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('哪些企业在综改区（或其下属园区）开发项目？ built step by step, answered as a table with evidence', async () => {
    const page = s.page;
    await page.goto(`${s.server.base}/?lang=zh`);
    await page.waitForSelector('body[data-ready=true]');
    await page.getByRole('button', { name: '提问' }).click();
    const q = page.locator('.questions');
    await q.getByLabel('第1个实体的类型').selectOption({ label: '企业' });
    await q.getByRole('button', { name: '添加一步' }).click();
    await q.getByLabel('第1个关系').selectOption({ label: '→ 建设/投资 →' });
    await q.getByLabel('第2个实体的类型').selectOption({ label: '项目' });
    await q.getByRole('button', { name: '添加一步' }).click();
    await q.getByLabel('第2个关系').selectOption({ label: '→ 位于 →' });
    await q.getByLabel('第3个实体的类型').selectOption({ label: '地点' });
    await q.locator('.q-node').nth(2).getByRole('button', { name: '指定实体…' }).click();
    await pickIn(page, '.q-builder', '选择地点：输入名称', '综改区', '山西转型综改示范区');
    expect(await q.locator('.q-node').nth(2).locator('.q-entity').innerText()).toContain('山西转型综改示范区');
    expect(await q.getByLabel('地点包含其下属区域（园区、片区、城区：PART_OF）').isChecked()).toBe(true);
    expect(await q.locator('textarea.q-pattern').inputValue()).toBe(COMPANIES_IN_PLACE);
    await q.getByRole('button', { name: '查询', exact: true }).click();
    await q.locator('.q-result .q-query').waitFor();
    const zoneId = await page.evaluate(async () => {
      const r = await fetch('/api/search?q=%E7%BB%BC%E6%94%B9%E5%8C%BA&types=Place&limit=1');
      return ((await r.json()) as { results: { id: string }[] }).results[0].id;
    });
    const rows = await apiRows(page, COMPANIES_IN_PLACE, { n3: zoneId });
    // Every row is a company developing a project located in the zone or in a place PART_OF it.
    for (const r of rows)
      expect([r.bindings.n1.type, r.bindings.n2.type, r.bindings.n3.type]).toEqual(['Company', 'Project', 'Place']);
    // The glass-fibre project is read as located in a park of the zone (“…项目，在山西转型综改示范区阳曲工业园区…投产”).
    expect(rows.map((r) => r.bindings.n1.name_zh)).toContain('泰山玻璃纤维(太原)有限公司');
    await expectTableIsAnswer(page, rows, 'zh');
    await shot('1-builder-zone');

    // The same question for 太原市: the place swapped, the rest of the question kept.
    await q.locator('.q-node').nth(2).getByRole('button', { name: '不限实体' }).click();
    await q.locator('.q-node').nth(2).getByRole('button', { name: '指定实体…' }).click();
    await pickIn(page, '.q-builder', '选择地点：输入名称', '太原市', '太原市');
    await q.getByRole('button', { name: '查询', exact: true }).click();
    await q.locator('.q-table tbody tr').first().waitFor();
    const city = await page.evaluate(async () => {
      const r = await fetch('/api/search?q=%E5%A4%AA%E5%8E%9F%E5%B8%82&types=Place&limit=1');
      return ((await r.json()) as { results: { id: string }[] }).results[0].id;
    });
    const cityRows = await apiRows(page, COMPANIES_IN_PLACE, { n3: city });
    expect(cityRows.length).toBeGreaterThan(0);
    await expectTableIsAnswer(page, cityRows, 'zh');
    expect(await q.locator('.q-count').innerText()).toBe(`共${cityRows.length}条结果`);
    const types = await q.locator('.q-table thead th').allInnerTexts();
    expect(types).toEqual(['企业', '项目', '地点', '依据']);
    await shot('2-builder-city');

    // Shown on the graph: every entity of the answer drawn, the view fitted to them.
    await q.getByRole('button', { name: '在图中显示' }).click();
    await settle();
    const drawn = await page.evaluate(() =>
      (window as unknown as { __pg: { nodes(): { id: string }[] } }).__pg.nodes().map((n) => n.id),
    );
    const bound = new Set(cityRows.flatMap((r) => Object.values(r.bindings).map((e) => e.id)));
    expect([...bound].filter((id) => !drawn.includes(id))).toEqual([]);

    // CSV: one line per row, both names of each entity, the relations' documents, years and sentences.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      q.getByRole('button', { name: '下载CSV' }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      [
        ...['n1', 'n2', 'n3'].flatMap((v) => [`${v}_id`, `${v}_name_zh`, `${v}_name_en`, `${v}_type`]),
        'relations',
        'documents',
        'titles',
        'years',
        'sentences',
      ].join(','),
    );
    const sentenceLines = csv.split('\n').filter((l) => l.startsWith(cityRows[0].bindings.n1.id));
    expect(sentenceLines.length).toBeGreaterThan(0);
    expect(csv).toContain(cityRows[0].bindings.n2.name_zh);
    expect(csv).toContain(cityRows[0].relations[0].evidence[0].document);
    await shot('3-shown');
  });

  test('Which companies develop projects in the reform zone? A ready question in English, the place picked by search', async () => {
    const page = s.page;
    await page.goto(`${s.server.base}/?lang=en`);
    await page.waitForSelector('body[data-ready=true]');
    await page.getByRole('button', { name: 'Questions' }).click();
    const q = page.locator('.questions');
    await q.getByRole('button', { name: 'Companies developing projects in a place (or any of its parts)' }).click();
    await pickIn(
      page,
      '.q-ready',
      'Choose the Place: type a name',
      'comprehensive reform zone',
      'Shanxi Transformation',
    );
    await q.locator('.q-result .q-query').waitFor();
    expect(await q.locator('.q-query').innerText()).toBe(READY_COMPANIES);
    const zoneId = await page.evaluate(async () => {
      const r = await fetch('/api/search?q=comprehensive%20reform%20zone&types=Place&limit=1');
      return ((await r.json()) as { results: { id: string }[] }).results[0].id;
    });
    const rows = await apiRows(page, READY_COMPANIES, { place: zoneId });
    expect(rows.map((r) => r.bindings.company.name_zh)).toContain('泰山玻璃纤维(太原)有限公司');
    await expectTableIsAnswer(page, rows, 'en');

    await pickIn(page, '.q-ready', 'Choose the Place: type a name', 'Taiyuan', 'Taiyuan');
    await q.locator('.q-table tbody tr').first().waitFor();
    const picked = await page.evaluate(async () => {
      const r = await fetch('/api/search?q=Taiyuan&types=Place&limit=1');
      return ((await r.json()) as { results: { id: string }[] }).results[0].id;
    });
    const cityRows = await apiRows(page, READY_COMPANIES, { place: picked });
    expect(cityRows.length).toBeGreaterThan(0);
    await expectTableIsAnswer(page, cityRows, 'en');
    expect(await q.locator('.q-table thead th').allInnerTexts()).toEqual(['Company', 'Project', 'Place', 'Evidence']);
    const names = (await tableRows(page)).flatMap((r) => r.names);
    expect(names.filter((n) => /[\u4e00-\u9fff]/.test(n))).toEqual([]);
    await shot('4-ready-en');

    // A typed pattern: one input per parameter; the answer is the API's; a write is refused with the server's reason.
    const typed = '(c:Company {name: $company})-[:DEVELOPS]->(p:Project)';
    await q.getByLabel('Pattern (edit it to ask your own)').fill(typed);
    await q.getByLabel('$company').fill('太钢集团');
    await q.getByRole('button', { name: 'Ask', exact: true }).click();
    await q.locator('.q-query', { hasText: typed }).waitFor();
    const typedRows = await apiRows(page, typed, { company: '太钢集团' }, false);
    expect(typedRows.length).toBeGreaterThan(0);
    await expectTableIsAnswer(page, typedRows, 'en');
    await q.getByLabel('Pattern (edit it to ask your own)').fill('MATCH (n) DETACH DELETE n');
    await q.getByRole('button', { name: 'Ask', exact: true }).click();
    expect(await q.locator('.q-error').innerText()).toMatch(/not allowed/);
    expect(await q.locator('.q-table').count()).toBe(0);
  });

  test.each([
    ['zh', '太钢', '太钢集团', '太忻一体化', '设为路径起点', '设为路径终点', /^来源：.+（\d{4}年）$/, /必经枢纽：/],
    [
      'en',
      'TISCO',
      'Taiyuan Iron & Steel (TISCO)',
      'Taiyuan–Xinzhou Integration',
      'Path start',
      'Path end',
      /^From: .+ \(\d{4}\)$/,
      /Passes through the hub/,
    ],
  ] as const)(
    '(%s) how is 太钢 connected to 太忻一体化? paths with each hop’s document and year, hubs avoided or named',
    async (lang, q1, name1, name2, start, end, source, hub) => {
      const page = s.page;
      await page.goto(`${s.server.base}/?lang=${lang}`);
      await page.waitForSelector('body[data-ready=true]');
      const open = (q: string, expected: string) => searchAndOpen(page, q, expected);
      await open(q1, name1);
      await page.getByRole('button', { name: start }).click();
      await open(name2, name2);
      await page.getByRole('button', { name: end }).click();
      await page.locator('.paths .path').first().waitFor();
      await settle();
      const first = page.locator('.paths .path').first();
      const hops = first.locator('.hops li');
      expect(await hops.count()).toBeGreaterThanOrEqual(1);
      for (let i = 0; i < (await hops.count()); i++) {
        expect(await hops.nth(i).locator('.hop-source').innerText()).toMatch(source);
        expect((await hops.nth(i).locator('blockquote').innerText()).length).toBeGreaterThan(5);
      }
      const answer = await page.evaluate(
        async ([a, b]) => {
          const id = async (q: string) =>
            (
              (await (await fetch(`/api/search?q=${encodeURIComponent(q)}&limit=1`)).json()) as {
                results: { id: string }[];
              }
            ).results[0].id;
          const r = await fetch(`/api/paths?from=${await id(a)}&to=${await id(b)}&limit=3&maxLength=4`);
          return (await r.json()) as { hubsRequired: boolean; paths: { hubs: { id: string }[] }[] };
        },
        [name1, name2] as const,
      );
      expect(await page.locator('.paths .path').count()).toBe(answer.paths.length);
      if (answer.paths[0].hubs.length > 0) expect(await first.locator('.hubs').innerText()).toMatch(hub);
      else expect(await first.locator('.hubs').count()).toBe(0);
      await shot(`5-path-${lang}`);
    },
  );
});

(available && NEO4J ? describe : describe.skip)('questions in the explorer, served from Neo4j', () => {
  let s: Served;
  let store: Neo4jStore | undefined;

  beforeAll(async () => {
    store = await openNeo4j();
    s = await serve(store);
  }, 300_000);

  afterAll(async () => {
    await closeExplorer(s);
    await releaseNeo4j(store);
  });

  test('companies developing projects in 太原市 or its parts: the ready question, the table is the answer', async () => {
    const page = s.page;
    await page.goto(`${s.server.base}/?lang=zh`);
    await page.waitForSelector('body[data-ready=true]');
    await page.getByRole('button', { name: '提问' }).click();
    await page.locator('.questions').getByRole('button', { name: '在某地（含其下属区域）开发项目的企业' }).click();
    await pickIn(page, '.q-ready', '选择地点：输入名称', '太原市', '太原市');
    await page.locator('.q-table tbody tr').first().waitFor();
    const city = await page.evaluate(async () => {
      const r = await fetch('/api/search?q=%E5%A4%AA%E5%8E%9F%E5%B8%82&types=Place&limit=1');
      return ((await r.json()) as { results: { id: string }[] }).results[0].id;
    });
    const rows = await apiRows(page, READY_COMPANIES, { place: city });
    expect(rows.length).toBeGreaterThan(0);
    await expectTableIsAnswer(page, rows, 'zh');
    await page.screenshot({ path: path.join(ARTIFACTS, 'q-neo4j-ready.png') });
  });
});
