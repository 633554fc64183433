// npm run eval -- <gold files or folders>: extraction quality against gold annotations, per document (each ingested
// alone, as the hidden reports are scored) and pooled, beside the jieba baseline; per relation rule; English names.
import fs from 'node:fs';
import path from 'node:path';
import { Extractor } from '../ingest/pipeline';
import { readManifest } from '../ingest/metadata';
import { projectPath } from '../util/projectRoot';
import type { GraphBatch } from '../model';
import { EmbeddedStore } from '../store/embedded/EmbeddedStore';
import { CORE_TYPES, ENTITY_TYPES } from '../ontology';
import { jiebaBaseline } from './baseline';
import { cedictEnglishWords, pinyinRunShare } from '../translate/pinyinRuns';
import { ruleFigures } from './rules';
import { indicatorReport } from './indicators';
import {
  scoreEntities,
  scoreRelations,
  wordF1,
  type GoldEntity,
  type GoldFile,
  type GoldRelation,
  type PRF,
  type PredEntity,
  type PredRelation,
} from './score';

interface GoldDoc {
  file: string;
  gold: GoldFile & { about?: string; rules_written_from?: boolean };
  batch: GraphBatch;
  baseline: { entities: PredEntity[]; relations: PredRelation[] };
}

function goldFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    const st = fs.statSync(a);
    if (st.isDirectory())
      for (const f of fs.readdirSync(a).sort()) if (/^(?!about).*\.json$/.test(f)) out.push(path.join(a, f));
    if (st.isFile()) out.push(a);
  }
  return out;
}

function findDocument(goldPath: string, doc: string, corpusDirs: string[]): string {
  const here = path.dirname(goldPath);
  const shared = projectPath('..', 'shared');
  const dirs = [
    ...corpusDirs,
    here,
    path.join(here, '..', 'corpus'),
    path.join(shared, 'corpus'),
    path.join(shared, 'corpus-dev'),
  ];
  for (const d of dirs) {
    const p = path.join(d, doc);
    if (fs.existsSync(p)) return p;
  }
  throw new Error(`${goldPath}: cannot find the document ${doc} (set KG_CORPUS to its folder)`);
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (label: string, s: PRF, b?: PRF) =>
  `${label.padEnd(26)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   ` +
  `(${s.tp}/${s.predicted} predicted, ${s.matchedGold}/${s.gold} gold)` +
  (b ? `   | baseline F1 ${pct(b.f1)}` : '');

const predEntities = (b: GraphBatch): PredEntity[] => b.entities;
const predRelations = (b: GraphBatch): PredRelation[] =>
  b.relations.map((r) => ({ source: r.source, target: r.target, type: r.type, rules: r.evidence.map((e) => e.rule) }));

let english: Set<string> | null = null;
/** English words that happen to spell pinyin (Area, Ocean) are not runs. */
const englishWord = (w: string): boolean => (english ??= cedictEnglishWords()).has(w);

function perDocument(docs: GoldDoc[]): string[] {
  const lines = ['Per document (each ingested alone; * = rules were written while reading it):'];
  lines.push(
    `  ${'document'.padEnd(44)} ${'P+C+P'.padStart(6)} ${'core'.padStart(6)} ${'rel'.padStart(6)} ` +
      `${'impl.'.padStart(6)} ${'base'.padStart(6)} ${'pinyin'.padStart(7)}`,
  );
  const sums = { pcp: [] as number[], core: [] as number[], rel: [] as number[] };
  for (const d of docs) {
    const es = scoreEntities(d.gold.entities, predEntities(d.batch));
    const rs = scoreRelations(d.gold.relations, predRelations(d.batch), es.matches);
    const implicit = d.batch.relations.filter((r) => r.attributes.implicit === 'true').length;
    const bs = scoreEntities(d.gold.entities, d.baseline.entities);
    const runs = pinyinRunShare(
      d.batch.entities.filter((e) => CORE_TYPES.includes(e.type)).map((e) => e.name_en),
      { isEnglish: englishWord },
    );
    sums.pcp.push(es.pcp.f1);
    sums.core.push(es.core.strict.f1);
    sums.rel.push(rs.typed.f1);
    const mark = d.gold.rules_written_from === false ? ' ' : '*';
    lines.push(
      `${mark} ${d.gold.doc.padEnd(44)} ${pct(es.pcp.f1)}% ${pct(es.core.strict.f1)}% ${pct(rs.typed.f1)}% ` +
        `${String(implicit).padStart(6)} ${pct(bs.pcp.f1)}% ${pct(runs)}%`,
    );
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const min = (xs: number[]) => (xs.length ? Math.min(...xs) : 0);
  lines.push(
    `  ${'mean (min)'.padEnd(44)} ${pct(mean(sums.pcp))}% ${pct(mean(sums.core))}% ${pct(mean(sums.rel))}%` +
      `   P+C+P min ${pct(min(sums.pcp))}%`,
  );
  for (const [label, pick] of [
    ['read while writing rules', (d: GoldDoc) => d.gold.rules_written_from !== false],
    ['not read (held out)', (d: GoldDoc) => d.gold.rules_written_from === false],
  ] as const) {
    const group = docs.filter(pick);
    if (group.length === 0 || group.length === docs.length) continue;
    const f = group.map((d) => {
      const es = scoreEntities(d.gold.entities, predEntities(d.batch));
      return [es.pcp.f1, scoreRelations(d.gold.relations, predRelations(d.batch), es.matches).typed.f1];
    });
    lines.push(
      `  mean, ${label.padEnd(38)} ${pct(mean(f.map((x) => x[0])))}% ${''.padStart(7)}${pct(mean(f.map((x) => x[1])))}%`,
    );
  }
  lines.push('  (P+C+P: Project+Company+Place F1, type-strict; rel: typed relation F1; impl.: implicit-subject');
  lines.push('   relations made; base: jieba baseline P+C+P; pinyin: core names with a run of ≥3 pinyin syllables)');
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const verbose = process.argv.includes('--verbose');
  if (args.length === 0) throw new Error('usage: npm run eval -- <gold file or folder>... [--verbose]');
  const files = goldFiles(args);
  const docs = await extractDocuments(files, process.env.KG_CORPUS ? [process.env.KG_CORPUS] : []);
  const p = await pooledScores(docs);
  const lines: string[] = [...perDocument(docs), '', ...pooledLines(files.length, p), ...englishLines(p, verbose)];
  if (verbose) lines.push(...details(p.ge, p.pred, p.es, p.rs));
  // Indicator points are scored on the five corpus documents, whichever gold files were given.
  lines.push(...indicatorReport(process.env.KG_CORPUS ?? projectPath('..', 'shared', 'corpus'), { verbose }));
  process.stdout.write(lines.join('\n') + '\n');
}

/** Each gold file's document, ingested alone, with the jieba baseline's reading of it. */
async function extractDocuments(files: string[], corpusDirs: string[]): Promise<GoldDoc[]> {
  const extractor = new Extractor();
  const docs: GoldDoc[] = [];
  for (const file of files) {
    const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldDoc['gold'];
    const docPath = findDocument(file, gold.doc, corpusDirs);
    const meta = readManifest(path.dirname(docPath)).get(path.basename(docPath));
    const batch = await extractor.extractFile({
      buffer: fs.readFileSync(docPath),
      fileName: path.basename(docPath),
      meta,
    });
    docs.push({ file, gold, batch, baseline: jiebaBaseline(fs.readFileSync(docPath, 'utf8')) });
  }
  return docs;
}

/** Pooled: entities of several documents merged by id, as the store merges them; scored with the baseline's. */
async function pooledScores(docs: GoldDoc[]) {
  const store = new EmbeddedStore();
  await store.init();
  for (const d of docs) await store.upsertDocument(d.batch);
  const exp = await store.exportGraph();
  await store.close();
  const goldEntities = new Map<string, GoldEntity>();
  const goldRelations: GoldRelation[] = [];
  const baseEntities = new Map<string, PredEntity>();
  const baseRelations: PredRelation[] = [];
  for (const d of docs) {
    for (const e of d.gold.entities) if (!goldEntities.has(e.id)) goldEntities.set(e.id, e);
    goldRelations.push(...d.gold.relations);
    for (const e of d.baseline.entities) baseEntities.set(e.id, e);
    baseRelations.push(...d.baseline.relations);
  }
  const pred: PredEntity[] = exp.entities;
  const rulesById = new Map<string, string[]>();
  for (const d of docs)
    for (const r of d.batch.relations) {
      rulesById.set(r.id, [...(rulesById.get(r.id) ?? []), ...r.evidence.map((e) => e.rule)]);
    }
  const predRel: PredRelation[] = exp.relations.map((r) => ({ ...r, rules: rulesById.get(r.id) ?? [] }));
  const ge = [...goldEntities.values()];
  const es = scoreEntities(ge, pred);
  const bs = scoreEntities(ge, [...baseEntities.values()]);
  const rs = scoreRelations(goldRelations, predRel, es.matches);
  const brs = scoreRelations(goldRelations, baseRelations, bs.matches);
  return { ge, goldRelations, pred, predRel, es, bs, rs, brs };
}

type Pooled = Awaited<ReturnType<typeof pooledScores>>;

function pooledLines(fileCount: number, p: Pooled): string[] {
  const { ge, goldRelations, pred, predRel, es, bs, rs, brs } = p;
  const typedCount = predRel.filter((r) => r.type !== 'CO_OCCURS').length;
  const lines: string[] = [];
  lines.push(
    `Pooled: ${fileCount} file(s), ${ge.length} entities, ${goldRelations.length} relations. ` +
      `Predicted: ${pred.length} entities, ${typedCount} typed relations.`,
  );
  lines.push('', 'Entities, type-strict:');
  for (const t of ENTITY_TYPES) lines.push(row(`  ${t}`, es.byType[t].strict, bs.byType[t].strict));
  lines.push(row('  Project+Company+Place', es.pcp, bs.pcp));
  lines.push(row(`  core (${CORE_TYPES.join(', ')})`.slice(0, 26), es.core.strict, bs.core.strict));
  lines.push(row('  all types', es.all.strict, bs.all.strict));
  lines.push('', 'Entities, type-lenient:');
  for (const t of ENTITY_TYPES) lines.push(row(`  ${t}`, es.byType[t].lenient, bs.byType[t].lenient));
  lines.push(row('  core', es.core.lenient, bs.core.lenient));
  lines.push(row('  all types', es.all.lenient, bs.all.lenient));
  lines.push('', 'Relations:');
  lines.push(row('  typed relations', rs.typed, brs.typed));
  for (const [t, s] of Object.entries(rs.byType).sort()) lines.push(row(`    ${t}`, s));
  lines.push(`  linked (any relation)      R ${pct(rs.linkedRecall)}   | baseline ${pct(brs.linkedRecall)}`);
  lines.push('', 'Relation rules (pooled; a relation counts for every rule among its evidence):');
  for (const r of ruleFigures(rs, predRel)) {
    lines.push(`  ${r.rule.padEnd(34)} P ${pct(r.precision)}  (${r.right}/${r.predicted})  gold found ${r.found}`);
  }
  return lines;
}

/** English names against gold name_en. */
function englishLines({ ge, pred, es }: Pooled, verbose: boolean): string[] {
  const pairs: { gold: GoldEntity; en: string; f1: number }[] = [];
  for (const g of ge) {
    const p = es.matches.get(g.id)?.[0];
    if (p && g.name_en) pairs.push({ gold: g, en: p.name_en, f1: wordF1(p.name_en, g.name_en) });
  }
  const exact = pairs.filter((p) => p.en.toLowerCase() === p.gold.name_en!.toLowerCase()).length;
  const meanF1 = pairs.reduce((n, p) => n + p.f1, 0) / Math.max(1, pairs.length);
  const runs = pinyinRunShare(
    pred.filter((e) => (CORE_TYPES as readonly string[]).includes(e.type)).map((e) => e.name_en),
    { isEnglish: englishWord },
  );
  const lines = [
    '',
    `English names (${pairs.length} matched entities): exact ${pct(exact / Math.max(1, pairs.length))}%, ` +
      `word-overlap F1 ${pct(meanF1)}; core names with a pinyin run of ≥3 syllables: ${pct(runs)}%`,
    '  worst ten:',
  ];
  for (const p of [...pairs].sort((a, b) => a.f1 - b.f1).slice(0, verbose ? 80 : 10)) {
    lines.push(`    ${p.gold.id}: "${p.en}" vs gold "${p.gold.name_en}" (F1 ${p.f1.toFixed(2)})`);
  }
  return lines;
}

function details(
  ge: GoldEntity[],
  pred: PredEntity[],
  es: ReturnType<typeof scoreEntities>,
  rs: ReturnType<typeof scoreRelations>,
): string[] {
  const lines: string[] = [];
  const goldById = new Map(ge.map((g) => [g.id, g]));
  lines.push('', 'Missed gold entities (strict):');
  for (const g of ge) {
    if ((es.matches.get(g.id) ?? []).some((p) => p.type === g.type)) continue;
    const found = (es.matches.get(g.id) ?? []).map((p) => `${p.type} ${p.name_zh}`).join(', ') || '-';
    lines.push(`    ${g.type} ${g.id}  found as: ${found}`);
  }
  const matchedPred = new Set(
    [...es.matches.entries()].flatMap(([gid, ps]) => ps.filter((p) => p.type === goldById.get(gid)!.type)),
  );
  lines.push('', 'Predicted entities without a gold match (strict):');
  for (const p of pred) if (!matchedPred.has(p)) lines.push(`    ${p.type} ${p.name_zh}`);
  const names = new Map(pred.map((p) => [p.id, p.name_zh]));
  lines.push('', 'Missed gold relations:');
  for (const r of rs.missed) lines.push(`    ${r.source} -${r.type}-> ${r.target}`);
  lines.push('', 'Predicted typed relations without a gold match:');
  for (const r of rs.wrong) {
    lines.push(`    ${names.get(r.source)} -${r.type}-> ${names.get(r.target)}  [${(r.rules ?? []).join(',')}]`);
  }
  return lines;
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack ?? e.message}\n`);
  process.exit(1);
});
