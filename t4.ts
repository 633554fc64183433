import { recognize } from './server/ingest/recognize/recognize';
import { Gazetteer } from './server/ingest/recognize/gazetteer';
import { foldText } from './server/text/fold';
const g = Gazetteer.load();
const text = process.argv[2];
const a = recognize(foldText(text), [{ start: 0, end: text.length }], g, null);
for (const s of a) { console.log(s.enumerations); for (const m of s.mentions) console.log(m.rule, m.type, text.slice(m.start, m.end), m.name ?? ''); }
