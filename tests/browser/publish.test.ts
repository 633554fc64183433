// Views to publish, in Chromium on both stores: JSON, GraphML and GEXF exports of the view carrying each relation's
// evidence and each entity's documents (parsed back and checked against the API), PNG and SVG pictures with a title,
// a legend and a source line.
/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import type { Neo4jStore } from '../../server/store/neo4j/Neo4jStore';
import {
  ARTIFACTS,
  browserAvailable,
  closeExplorer,
  drawnNodes,
  searchAndOpen,
  serveExplorer,
  settle,
  type Served,
} from '../helpers/explorer';
import { NEO4J, openNeo4j, releaseNeo4j } from '../helpers/neo4j';

interface ApiRelation {
  id: string;
  evidence: { document: string; text: string; year: number | null }[];
}
interface ApiEntity {
  id: string;
  documents: { id: string; year: number | null }[];
}

async function exported(page: Page, format: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#toolbar select').selectOption(format),
  ]);
  return fs.readFileSync((await file.path())!, 'utf8');
}

const drawnEdges = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pg: { edges(): { id: string }[] } }).__pg.edges().map((e) => e.id));

/** The relations and entities of the view, as the API gives them one by one. */
async function fromApi(page: Page, nodes: string[], edges: string[]) {
  return page.evaluate(
    async ([nodes, edges]) => {
      const get = async <T>(url: string) => (await (await fetch(url)).json()) as T;
      const rels = await Promise.all(edges.map((id) => get<ApiRelation>(`/api/relations/${id}`)));
      const ents = await Promise.all(nodes.map((id) => get<ApiEntity>(`/api/entities/${id}`)));
      return { rels, ents };
    },
    [nodes, edges] as const,
  );
}

/** A GraphML or GEXF file: every drawn entity and relation, evidence and documents as the API gives them. */
async function expectViewFile(page: Page, text: string, format: 'graphml' | 'gexf'): Promise<void> {
  const graph = (format === 'graphml' ? parseGraphml : parseGexf)(MultiDirectedGraph, text);
  const nodes = (await drawnNodes(page)).map((n) => n.id);
  const edges = await drawnEdges(page);
  expect(graph.nodes().sort()).toEqual([...nodes].sort());
  expect(graph.edges().sort()).toEqual([...edges].sort());
  const api = await fromApi(page, nodes, edges);
  for (const r of api.rels) {
    const ev = JSON.parse(graph.getEdgeAttribute(r.id, 'evidence_json') as string) as {
      document: string;
      year: number | null;
      text: string;
      title_zh: string;
    }[];
    expect(ev.map((e) => [e.document, e.year, e.text])).toEqual(r.evidence.map((e) => [e.document, e.year, e.text]));
    expect(ev.every((e) => e.title_zh.length > 0)).toBe(true);
  }
  for (const e of api.ents) {
    const docs = JSON.parse(graph.getNodeAttribute(e.id, 'documents') as string) as { id: string; year: number }[];
    expect(docs.map((d) => [d.id, d.year])).toEqual(e.documents.map((d) => [d.id, d.year]));
  }
}

const unxml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

(browserAvailable ? describe : describe.skip)('publishing a view', () => {
  let s: Served;
  let store: EmbeddedStore;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-publish-'));

  beforeAll(async () => {
    store = new EmbeddedStore({ dataDir: dir });
    await store.init();
    s = await serveExplorer(store, dir);
  }, 180_000);

  afterAll(async () => {
    await closeExplorer(s);
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('GraphML, GEXF and JSON of an expanded view carry every relation’s evidence and every entity’s documents', async () => {
    const page = s.page;
    await page.goto(`${s.server.base}/?lang=en`);
    await page.waitForSelector('body[data-ready=true]');
    await searchAndOpen(page, 'TISCO', 'Taiyuan Iron & Steel (TISCO)');
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await settle(page);
    expect((await drawnEdges(page)).length).toBeGreaterThan(3);
    await expectViewFile(page, await exported(page, 'graphml'), 'graphml');
    await expectViewFile(page, await exported(page, 'gexf'), 'gexf');
    const json = JSON.parse(await exported(page, 'json')) as {
      documents: { id: string; year: number }[];
      entities: { id: string; documents: { id: string }[] }[];
      relations: { id: string; evidence: { document: string; year: number; text: string }[] }[];
    };
    expect(json.entities.map((e) => e.id).sort()).toEqual((await drawnNodes(page)).map((n) => n.id).sort());
    expect(json.relations.every((r) => r.evidence.length > 0 && r.evidence.every((e) => e.year > 2000))).toBe(true);
    const docIds = json.documents.map((d) => d.id);
    expect(json.relations.flatMap((r) => r.evidence.map((e) => e.document)).every((d) => docIds.includes(d))).toBe(
      true,
    );
  });

  test('SVG and PNG pictures: the graph with a title, a legend of the types drawn and a source line', async () => {
    const page = s.page;
    const svg = await exported(page, 'svg');
    expect(svg).toMatch(
      /<text class="title"[^>]*>Policy Graph \(政策图谱\): Taiyuan Iron &amp; Steel \(TISCO\)<\/text>/,
    );
    const types = [...new Set((await drawnNodes(page)).map((n) => n.type))];
    const en = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'i18n', 'locales', 'en.json'), 'utf8'));
    const legend = [...svg.matchAll(/<g class="legend-item">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) =>
      unxml(m[1]),
    );
    for (const t of types) expect(legend).toContain(en.type[t]);
    const source = unxml(/<text class="source"[^>]*>([^<]*)<\/text>/.exec(svg)![1]);
    const titles = await page.evaluate(async () =>
      ((await (await fetch('/api/documents')).json()) as { documents: { title_en: string }[] }).documents.map(
        (d) => d.title_en,
      ),
    );
    expect(source).toMatch(new RegExp(`^Source: Policy Graph, relations read from ${titles.length} documents: `));
    for (const t of titles) expect(source).toContain(t);
    // The graph itself: the drawing of cytoscape-svg nested inside the frame.
    expect(svg.match(/<svg\b/g)!.length).toBe(2);
    const [w, h] = [/width="(\d+)"/.exec(svg)![1], /height="(\d+)"/.exec(svg)![1]].map(Number);
    const png = await Promise.all([page.waitForEvent('download'), page.locator('#toolbar select').selectOption('png')]);
    // The PNG is the same picture drawn at twice the size.
    expect(pngSize(fs.readFileSync((await png[0].path())!))).toEqual({ width: w * 2, height: h * 2 });
    fs.copyFileSync((await png[0].path())!, path.join(ARTIFACTS, 'publish-picture.png'));
    fs.writeFileSync(path.join(ARTIFACTS, 'publish-picture.svg'), svg);
  });
});

(browserAvailable && NEO4J ? describe : describe.skip)('publishing a view, served from Neo4j', () => {
  let s: Served;
  let store: Neo4jStore | undefined;

  beforeAll(async () => {
    store = await openNeo4j();
    s = await serveExplorer(store);
  }, 300_000);

  afterAll(async () => {
    await closeExplorer(s);
    await releaseNeo4j(store);
  });

  test('GraphML of an expanded view with evidence and documents', async () => {
    const page = s.page;
    await page.goto(`${s.server.base}/?lang=zh`);
    await page.waitForSelector('body[data-ready=true]');
    await searchAndOpen(page, '太钢', '太钢集团');
    await page.getByRole('button', { name: '展开邻居' }).click();
    await settle(page);
    await expectViewFile(page, await exported(page, 'graphml'), 'graphml');
  });
});
