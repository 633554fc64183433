import { suffixChunks } from './server/ingest/recognize/chunker';
import { tagger, tokenize } from './server/ingest/recognize/tokens';
import { foldText } from './server/text/fold';
const text = foldText(process.argv[2]);
const toks = tokenize(tagger(), text, 0);
console.log(toks.map((t) => t.w + '/' + t.t).join(' '));
for (const c of suffixChunks(toks, { folded: text, start: 0, end: text.length, index: 0 })) console.log(c.rule, c.type, text.slice(c.start, c.end));
