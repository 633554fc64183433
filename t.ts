import { Extractor } from './server/ingest/pipeline';
import { tagger } from './server/ingest/recognize/tokens';
const x = new Extractor();
const [title, ...sents] = process.argv.slice(2);
for (const s of sents) {
  const b = x.extractText(title + '\n' + s, { fileName: 'a.txt' });
  console.log(s.slice(0, 50), '\n   ', tagger().tag(s, true).map((t) => t.word + '/' + t.tag).join(' '));
  console.log('   ', b.entities.map(e => `${e.type.slice(0,2)}:${e.name_zh}`).join('  '));
  console.log('   ', b.relations.filter(r=>r.type!=='CO_OCCURS').map(r => `${b.entities.find(e=>e.id===r.source)?.name_zh} ${r.type} ${b.entities.find(e=>e.id===r.target)?.name_zh} (${r.evidence[0].rule})`).join('; '));
}
if (process.env.EN) { const b = x.extractText(title + '\n' + sents.join(''), { fileName: 'a.txt' }); console.log(b.entities.map((e) => `${e.name_zh}=${e.name_en}`).join(' | ')); }
