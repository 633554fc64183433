// The explorer's lists in Chromium, on both stores: compare the 2022 and 2023 reports, answer "which projects
// appear in the 2022 report and not in 2023?", sort a table, browse the documents, and read why the canvas is empty.
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
import type { Comparison, DocumentSummary, EntitySummary } from '../../server/model';
import type { GraphStore } from '../../server/store/GraphStore';
import { CORPUS_DIR } from '../helpers/corpus';
import { onBothStores } from '../helpers/neo4j';
import { ARTIFACTS, browserAvailable as available, CHROMIUM, CLIENT } from '../helpers/explorer';
import { listen, type Listening } from '../helpers/listen';

type Drawn = { id: string; label: string; type: string; name_zh: string };
type Pg = {
  nodes(): Drawn[];
  compared(): { id: string; status: string }[];
  selected(): string[];
  edges(): { source: string; target: string }[];
};

/** The work reports planning for a year, from the corpus manifest (the fullest text when there are two). */
function reportFor(year: number, docs: DocumentSummary[]): DocumentSummary {
  const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as {
    documents: { file: string; kind: string; plans_year?: number }[];
  };
  const files = manifest.documents
    .filter((d) => d.kind === 'government-work-report' && d.plans_year === year)
    .map((d) => d.file);
  const found = docs.filter((d) => files.includes(d.file)).sort((a, b) => b.chars - a.chars);
  if (found.length === 0) throw new Error(`no work report for ${year} in the corpus`);
  return found[0];
}

onBothStores('explorer lists in Chromium', (kind, open, close) => {
  (available ? describe : describe.skip)(`explorer lists in Chromium, on the ${kind} store`, () => {
    let store: GraphStore;
    let server: Listening | undefined;
    let browser: Browser;
    let page: Page;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lists-'));
    let docs: DocumentSummary[] = [];
    let r2022: DocumentSummary;
    let r2023: DocumentSummary;

    beforeAll(async () => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      store = await open(dir);
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
      docs = await store.listDocuments();
      r2022 = reportFor(2022, docs);
      r2023 = reportFor(2023, docs);
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      });
      page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'zh-CN', acceptDownloads: true });
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (store) await close(store);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const api = async <T>(p: string, q: Record<string, string> = {}): Promise<T> => {
      const res = await fetch(`${server!.base}/api${p}?${new URLSearchParams(q)}`);
      expect(res.status).toBe(200);
      return (await res.json()) as T;
    };
    const pg = <T>(fn: (p: Pg) => T) => page.evaluate(`(${fn.toString()})(window.__pg)`) as Promise<Awaited<T>>;
    const settle = () => page.waitForFunction(() => !document.querySelector('.status.loading'));
    const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `lists-${kind}-${name}.png`) });
    const names = (list: string, type?: string) =>
      page
        .locator(
          `.cmp-list[data-list="${list}"] ${type ? `.type-group[data-type="${type}"] ` : ''}tbody tr td:first-child`,
        )
        .allInnerTexts();
    const start = async (query = '?lang=zh') => {
      await page.goto(`${server!.base}/${query}`);
      await page.waitForSelector('body[data-ready=true]');
      await settle();
    };

    test('compare the 2022 and 2023 reports: the four lists the API gives, drawn and downloaded', async () => {
      await start();
      await page.getByRole('button', { name: '对比', exact: true }).click();
      await page.locator('.compare-view').waitFor();
      await page.locator('select[name="compare-a"]').selectOption(r2022.id);
      await page.locator('select[name="compare-b"]').selectOption(r2023.id);
      await page.locator('.compare-results').waitFor();
      const c = await api<Comparison>('/compare', { a: r2022.id, b: r2023.id });
      expect(c.dropped.length).toBeGreaterThan(10);
      expect(c.added.length).toBeGreaterThan(10);
      for (const list of ['added', 'dropped', 'continued', 'changed'] as const) {
        expect(await page.locator(`.cmp-list[data-list="${list}"] h3`).innerText()).toContain(`(${c[list].length})`);
        expect((await names(list)).sort()).toEqual(c[list].map((e) => e.name_zh).sort());
      }
      // A dropped project, with both names and its mentions on each side.
      const gone = c.dropped.find((e) => e.type === 'Project')!;
      const row = page.locator(`.cmp-list[data-list="dropped"] tr[data-entity="${gone.id}"]`);
      expect(await row.locator('td').allInnerTexts()).toEqual([
        gone.name_zh,
        gone.name_en,
        String(gone.mentions_a),
        '0',
      ]);
      await shot('1-compare');

      // On the graph: each drawn entity ringed by its side, a legend saying which is which.
      await page.locator('.cmp-show').click();
      await settle();
      await page.locator('.graph-area > .compare-legend').waitFor();
      expect(await page.locator('.graph-area > .compare-legend').innerText()).toMatch(
        /新增（仅B）[\s\S]*延续[\s\S]*不再提及/,
      );
      const marked = await pg((p) => p.compared());
      const status = new Map(marked.map((m) => [m.id, m.status]));
      expect(marked.length).toBeGreaterThan(20);
      expect(status.get(c.added[0].id)).toBe('added');
      expect(status.get(c.dropped[0].id)).toBe('dropped');
      for (const m of marked.slice(0, 40)) {
        const list = c.added.some((e) => e.id === m.id)
          ? 'added'
          : c.dropped.some((e) => e.id === m.id)
            ? 'dropped'
            : 'continued';
        expect(m.status).toBe(list);
      }
      await shot('2-compare-graph');

      // Downloads: the CSV the API gives, and the comparison as JSON.
      const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('.cmp-csv').click()]);
      const text = fs.readFileSync((await csv.path())!, 'utf8');
      expect(text.split('\n')[0]).toBe('change,id,type,name_zh,name_en,mentions_a,mentions_b,what_changed');
      expect(text).toContain(`dropped,${gone.id},Project,${gone.name_zh}`);
      const [json] = await Promise.all([page.waitForEvent('download'), page.locator('.cmp-json').click()]);
      expect(JSON.parse(fs.readFileSync((await json.path())!, 'utf8'))).toEqual(c);

      // The link holds the comparison: opened elsewhere, the same lists.
      const q = new URLSearchParams(new URL(page.url()).search);
      expect([q.get('list'), q.get('cmp')]).toEqual(['compare', `${r2022.id},${r2023.id}`]);
      const other = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'zh-CN' });
      await other.goto(page.url());
      await other.locator('.compare-results').waitFor();
      expect(await other.locator('.cmp-list[data-list="dropped"] h3').innerText()).toContain(`(${c.dropped.length})`);
      await other.close();

      // In English: the same lists, headed in English.
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('.compare-view h2', { hasText: 'Compare reports' }).waitFor();
      expect(await page.locator('.cmp-list[data-list="added"] h3').innerText()).toBe(`New in B (${c.added.length})`);
      expect(await page.locator('.graph-area > .compare-legend').innerText()).toContain('Dropped (only in A)');
      await page.getByRole('button', { name: '中文' }).click();
      await page.locator('.compare-view h2', { hasText: '报告对比' }).waitFor();
    });

    test('which projects appear in the 2022 report and not in 2023: pick the type, read, sort', async () => {
      await page.locator('select[name="compare-type"]').selectOption('Project');
      await page.locator('.cmp-filter').waitFor();
      await settle();
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('.cmp-list .type-group')).every(
          (g) => g.getAttribute('data-type') === 'Project',
        ),
      );
      const c = await api<Comparison>('/compare', { a: r2022.id, b: r2023.id, types: 'Project' });
      expect(c.dropped.every((e) => e.type === 'Project')).toBe(true);
      expect((await names('dropped', 'Project')).sort()).toEqual(c.dropped.map((e) => e.name_zh).sort());
      // The left filters say the same: only projects.
      expect(await page.locator('#left input[value="Project"]').isChecked()).toBe(true);
      expect(await page.locator('#left input[value="Place"]').isChecked()).toBe(false);
      // Sort by mentions in A: most first, then least first.
      const table = page.locator('.cmp-list[data-list="dropped"] table').first();
      const head = table.locator('th[data-col="mentions_a"] button');
      await head.click();
      const col = async () => (await table.locator('tbody tr td:nth-child(3)').allInnerTexts()).map(Number);
      const desc = await col();
      expect(desc).toEqual([...desc].sort((a, b) => b - a));
      expect(desc.length).toBe((await names('dropped', 'Project')).length);
      expect(await table.locator('th[data-col="mentions_a"]').getAttribute('aria-sort')).toBe('descending');
      await head.click();
      const asc = await col();
      expect(asc).toEqual([...asc].sort((a, b) => a - b));
      // By English name, alphabetically, then the other way round.
      const byEn = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });
      await table.locator('th[data-col="name_en"] button').click();
      const en = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
      expect(en).toEqual([...en].sort(byEn));
      expect(byEn(en[0], en[en.length - 1])).toBeLessThan(0);
      await table.locator('th[data-col="name_en"] button').click();
      expect(await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual(
        [...en].sort((a, b) => byEn(b, a)),
      );
      // By Chinese name, in pinyin order, numbers by value (2号线 before 100万千瓦…), as the lists sort.
      await table.locator('th[data-col="name_zh"] button').click();
      const zh = await table.locator('tbody tr td:nth-child(1)').allInnerTexts();
      // Figures by value, as the table sorts them (2号线 before 100万千瓦): the same collation as the English column.
      expect(zh).toEqual([...zh].sort(new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' }).compare));
      // A row selects its entity on the graph, and the list stays.
      await table.locator('tbody tr').first().click();
      await settle();
      const id = await table.locator('tbody tr').first().getAttribute('data-entity');
      await page.waitForFunction((x) => new URLSearchParams(location.search).get('focus') === x, id);
      expect(await pg((p) => p.selected())).toEqual([id]);
      expect(await page.locator('.compare-view').count()).toBe(1);
      await shot('3-dropped-projects');
    });

    test("the view as a table, and the document browser with each document's entities by type", async () => {
      await start('?lang=zh');
      await page.getByRole('button', { name: '表格', exact: true }).click();
      await page.locator('.table-view tbody tr').first().waitFor();
      const drawn = await pg((p) => p.nodes());
      const rows = page.locator('.table-view tbody tr');
      expect(await rows.count()).toBe(drawn.length);
      const summaries = await api<{ entities: EntitySummary[] }>('/entities', {
        ids: drawn.map((n) => n.id).join(','),
      });
      const top = [...summaries.entities].sort((a, b) => b.mentions - a.mentions)[0];
      // Sorted by mentions: the most mentioned first, with its documents and years.
      const first = await rows.first().locator('td').allInnerTexts();
      expect(first.slice(0, 4)).toEqual([top.name_zh, top.name_en, '地点', String(top.mentions)]);
      expect(first[4]).toBe(String(top.documents.length));
      expect(first[5]).toBe([...new Set(top.documents.map((d) => d.year))].sort().join(', '));
      // One type of the set.
      await page.locator('select.table-type').selectOption('Policy');
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('.table-view tbody tr td:nth-child(3)')).every(
          (td) => td.textContent === '政策',
        ),
      );
      expect(await rows.count()).toBe(drawn.filter((n) => n.type === 'Policy').length);
      await shot('4-table');

      // With an entity in focus the table lists its neighbourhood: the entity and the neighbours drawn.
      const links = await pg((p) => p.edges());
      const around = (id: string) =>
        new Set([id, ...links.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []))]);
      const small = drawn.map((n) => n.id).find((id) => around(id).size >= 3 && around(id).size < drawn.length / 2)!;
      await start(`?lang=zh&focus=${small}`);
      await page.getByRole('button', { name: '表格', exact: true }).click();
      await page.locator('.table-view tbody tr').first().waitFor();
      expect(await page.locator('select.table-scope').inputValue()).toBe('neighbours');
      const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity')));
      expect(new Set(ids)).toEqual(around(small));

      await page.getByRole('button', { name: '文档', exact: true }).click();
      await page.locator('.doc-browser').waitFor();
      expect(await page.locator('.doc-item').count()).toBe(docs.length);
      const item = page.locator(`.doc-item[data-document="${r2023.id}"]`);
      expect(await item.locator('.doc-meta').innerText()).toContain(`${r2023.entities}个实体`);
      await item.locator('.doc-title').click();
      await item.locator('.type-group').first().waitFor();
      const detail = await api<{ mentions: { entity: string; type: string }[] }>(`/documents/${r2023.id}`);
      const projects = new Set(detail.mentions.filter((m) => m.type === 'Project').map((m) => m.entity));
      const listed = await item
        .locator('.type-group[data-type="Project"] tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity')));
      expect(new Set(listed)).toEqual(projects);
      await shot('5-documents');
    });

    test('filters: the overview honours them, and an empty canvas says which filter hid what', async () => {
      await start('?lang=zh&types=Project');
      const projects = await pg((p) => p.nodes());
      expect(projects.length).toBeGreaterThan(5);
      expect(new Set(projects.map((n) => n.type))).toEqual(new Set(['Project']));
      expect(await page.locator('.empty-state').count()).toBe(0);

      // A document of 2025 and the year 2022 together keep nothing: the note names both filters.
      const doc2025 = docs.find((d) => d.year === 2025)!;
      await start(`?lang=zh&docs=${doc2025.id}&years=2022`);
      expect(await pg((p) => p.nodes())).toEqual([]);
      const note = await page.locator('.empty-state').innerText();
      expect(note).toContain('没有符合筛选条件的实体');
      expect(note).toContain(`年份：2022`);
      expect(note).toContain(doc2025.title_zh);
      await shot('6-no-match');
      await page.locator('.empty-state button').click();
      await page.waitForFunction(() => !document.querySelector('.empty-state'));
      expect((await pg((p) => p.nodes())).length).toBeGreaterThan(10);

      // A view of chosen entities (not the overview, which follows the filters): the type filter hides some of them,
      // and the note says how many of each type.
      const overview = await pg((p) => p.nodes());
      await start(`?lang=zh&nodes=${overview.map((n) => n.id).join(',')}`);
      expect((await pg((p) => p.nodes())).length).toBe(overview.length);
      await page.locator('#left input[value="Place"]').uncheck();
      await page.locator('#left input[value="Policy"]').uncheck();
      const left = overview.filter((n) => n.type !== 'Place' && n.type !== 'Policy');
      if (left.length === 0) {
        await page.locator('.empty-state').waitFor();
        expect(await page.locator('.empty-state').innerText()).toMatch(/全部\d+个实体都被类型筛选隐藏/);
      } else {
        await page.locator('.empty-state.partial').waitFor();
        const places = overview.filter((n) => n.type === 'Place').length;
        expect(await page.locator('.empty-state').innerText()).toContain(`地点 ${places}`);
      }
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForFunction(() =>
        /hidden by the type filter/.test(document.querySelector('.empty-state')?.textContent ?? ''),
      );
      await shot('7-hidden');
    });
  });
});
