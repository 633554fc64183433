import fs from 'node:fs';
import path from 'node:path';
import { Extractor } from './server/ingest/pipeline';
import { readManifest } from './server/ingest/metadata';
import { matchEntities } from './server/eval/score';
const [goldPath, typesArg, mode] = process.argv.slice(2);
const types = (typesArg ?? 'Project,Company,Place').split(',');
const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
const dirs = ['../shared/corpus', '../shared/corpus-dev'];
const doc = dirs.map((d) => path.join(d, gold.doc)).find((p) => fs.existsSync(p))!;
const x = new Extractor();
const b = x.extractText(fs.readFileSync(doc, 'utf8'), { fileName: gold.doc, meta: readManifest(path.dirname(doc)).get(gold.doc) });
const m = matchEntities(gold.entities, b.entities);
const text = b.document.text;
if (mode === 'fp') {
  const matched = new Set([...m.entries()].flatMap(([gid, ps]) => ps.filter((p) => p.type === gold.entities.find((g: {id: string}) => g.id === gid).type)));
  for (const p of b.entities) if (types.includes(p.type) && !matched.has(p)) console.log(`FP ${p.type} ${p.name_zh} (${p.rule}) [${[...m.entries()].filter(([, ps]) => ps.includes(p)).map(([g]) => g + ':' + gold.entities.find((x: {id: string}) => x.id === g).type).join(',')}]`);
} else for (const g of gold.entities) {
  if (!types.includes(g.type)) continue;
  if ((m.get(g.id) ?? []).some((p) => p.type === g.type)) continue;
  const forms = [g.id, ...g.aliases];
  const si = b.document.sentences.findIndex((s) => forms.some((f: string) => text.slice(s.start, s.end).includes(f)));
  const s = b.document.sentences[si];
  const ents = b.mentions.filter((mm) => mm.sentence === si).map((mm) => { const e = b.entities.find((e) => e.id === mm.entity)!; return `${e.type.slice(0,2)}:${mm.surface}`; });
  console.log(`${g.type} ${g.id} {${g.aliases.join(',')}} [${(m.get(g.id) ?? []).map((p) => p.type + ':' + p.name_zh).join(',')}]\n    ${s ? text.slice(s.start, s.end).slice(0, 140) : '-'}\n    => ${ents.join(' ')}`);
}
