// npm run eval -- <gold files or folders>: extraction quality against gold annotations, beside the jieba baseline.
import fs from 'node:fs';
import path from 'node:path';
import { Extractor } from '../ingest/pipeline';
import { readManifest } from '../ingest/metadata';
import { EmbeddedStore } from '../store/embedded/EmbeddedStore';
import { CORE_TYPES, ENTITY_TYPES } from '../ontology';
import { jiebaBaseline } from './baseline';
import { scoreEntities, scoreRelations, wordF1, type GoldEntity, type GoldFile, type GoldRelation, type PRF, type PredEntity, type PredRelation } from './score';

function goldFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    const st = fs.statSync(a);
    if (st.isDirectory()) for (const f of fs.readdirSync(a).sort()) if (f.endsWith('.json')) out.push(path.join(a, f));
    if (st.isFile()) out.push(a);
  }
  return out;
}

function findDocument(goldPath: string, doc: string, corpusDirs: string[]): string {
  for (const d of [...corpusDirs, path.dirname(goldPath), path.join(path.dirname(goldPath), '..', 'corpus')]) {
    const p = path.join(d, doc);
    if (fs.existsSync(p)) return p;
  }
  throw new Error(`${goldPath}: cannot find the document ${doc} (set KG_CORPUS to its folder)`);
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (label: string, s: PRF, b?: PRF) =>
  `${label.padEnd(26)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (${s.tp}/${s.predicted} predicted, ${s.matchedGold}/${s.gold} gold)` + (b ? `   | baseline F1 ${pct(b.f1)}` : '');

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const verbose = process.argv.includes('--verbose');
  if (args.length === 0) throw new Error('usage: npm run eval -- <gold file or folder>... [--verbose]');
  const files = goldFiles(args);
  const corpusDirs = process.env.KG_CORPUS ? [process.env.KG_CORPUS] : [];
  const gold: GoldFile[] = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as GoldFile);
  const extractor = new Extractor();
  const store = new EmbeddedStore();
  await store.init();
  const baseEntities = new Map<string, PredEntity>();
  const baseRelations: PredRelation[] = [];
  for (const [i, g] of gold.entries()) {
    const docPath = findDocument(files[i], g.doc, corpusDirs);
    const meta = readManifest(path.dirname(docPath)).get(path.basename(docPath));
    const batch = await extractor.extractFile({ buffer: fs.readFileSync(docPath), fileName: path.basename(docPath), meta });
    await store.upsertDocument(batch);
    const b = jiebaBaseline(fs.readFileSync(docPath, 'utf8'));
    for (const e of b.entities) baseEntities.set(e.id, e);
    baseRelations.push(...b.relations);
  }
  // Entities of several documents are pooled by id.
  const goldEntities = new Map<string, GoldEntity>();
  const goldRelations: GoldRelation[] = [];
  for (const g of gold) {
    for (const e of g.entities) if (!goldEntities.has(e.id)) goldEntities.set(e.id, e);
    goldRelations.push(...g.relations);
  }
  const exp = await store.exportGraph();
  const pred: PredEntity[] = exp.entities;
  const predRel: PredRelation[] = exp.relations;
  const ge = [...goldEntities.values()];
  const es = scoreEntities(ge, pred);
  const bs = scoreEntities(ge, [...baseEntities.values()]);
  const rs = scoreRelations(goldRelations, predRel, es.matches);
  const brs = scoreRelations(goldRelations, baseRelations, bs.matches);
  const lines: string[] = [];
  lines.push(`Gold: ${files.length} file(s), ${ge.length} entities, ${goldRelations.length} relations. Predicted: ${pred.length} entities, ${predRel.filter((r) => r.type !== 'CO_OCCURS').length} typed relations.`);
  lines.push('', 'Entities, type-strict:');
  for (const t of ENTITY_TYPES) lines.push(row(`  ${t}`, es.byType[t].strict, bs.byType[t].strict));
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
  // English names against gold name_en.
  const pairs: { gold: GoldEntity; en: string; f1: number }[] = [];
  for (const g of ge) {
    const p = es.matches.get(g.id)?.[0];
    if (p && g.name_en) pairs.push({ gold: g, en: p.name_en, f1: wordF1(p.name_en, g.name_en) });
  }
  const exact = pairs.filter((p) => p.en.toLowerCase() === p.gold.name_en!.toLowerCase()).length;
  const meanF1 = pairs.reduce((n, p) => n + p.f1, 0) / Math.max(1, pairs.length);
  lines.push('', `English names (${pairs.length} matched entities): exact ${pct(exact / Math.max(1, pairs.length))}%, word-overlap F1 ${pct(meanF1)}`);
  lines.push('  worst ten:');
  for (const p of [...pairs].sort((a, b) => a.f1 - b.f1).slice(0, 10)) lines.push(`    ${p.gold.id}: "${p.en}" vs gold "${p.gold.name_en}" (F1 ${p.f1.toFixed(2)})`);
  if (verbose) {
    const goldById = new Map(ge.map((g) => [g.id, g]));
    lines.push('', 'Missed gold entities (strict):');
    for (const g of ge) if (!(es.matches.get(g.id) ?? []).some((p) => p.type === g.type)) lines.push(`    ${g.type} ${g.id}  found as: ${(es.matches.get(g.id) ?? []).map((p) => `${p.type} ${p.name_zh}`).join(', ') || '-'}`);
    const matchedPred = new Set([...es.matches.entries()].flatMap(([gid, ps]) => ps.filter((p) => p.type === goldById.get(gid)!.type)));
    lines.push('', 'Predicted entities without a gold match (strict):');
    for (const p of pred) if (!matchedPred.has(p)) lines.push(`    ${p.type} ${p.name_zh}`);
    const names = new Map(pred.map((p) => [p.id, p.name_zh]));
    lines.push('', 'Missed gold relations:');
    for (const r of rs.missed) lines.push(`    ${r.source} -${r.type}-> ${r.target}`);
    lines.push('', 'Predicted typed relations without a gold match:');
    for (const r of rs.wrong) lines.push(`    ${names.get(r.source)} -${r.type}-> ${names.get(r.target)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  await store.close();
}

main().catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
