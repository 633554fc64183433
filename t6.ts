import { Extractor } from './server/ingest/pipeline';
const x = new Extractor();
for (const n of process.argv.slice(2)) { const [zh, type] = n.split(':'); console.log(zh, '=>', x.translator.translate(zh, (type ?? 'Organization') as never)); }
