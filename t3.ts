import fs from 'node:fs';
import path from 'node:path';
import { Extractor } from './server/ingest/pipeline';
import { readManifest } from './server/ingest/metadata';
const [doc, typesArg] = process.argv.slice(2);
const types = (typesArg ?? 'Project,Company,Place').split(',');
const x = new Extractor();
const b = x.extractText(fs.readFileSync(doc, 'utf8'), { fileName: path.basename(doc), meta: readManifest(path.dirname(doc)).get(path.basename(doc)) });
for (const t of types) console.log(t, b.entities.filter((e) => e.type === t).map((e) => `${e.name_zh}${e.subtype ? '/' + e.subtype : ''}`).join(' | '));
