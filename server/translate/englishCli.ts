// npm run english -- <txt files…>: runs the extractor on reports and prints, per report and overall, the share of
// Project/Company/Place/Policy English names holding a pinyin run of three syllables or more, then the worst names.
// The first figure counts every word that segments into pinyin; the second leaves out English words that happen to
// (Area = a·re·a), and the worst names are by the second. --dump <file> writes every core name as TSV.
import fs from 'node:fs';
import path from 'node:path';
// A tool, not part of the API: it runs extraction to get the names it measures, so it may import the pipeline.
import { Extractor } from '../ingest/pipeline';
import { CORE_TYPES } from '../ontology';
import { cedictEnglishWords, longestPinyinRun, pinyinRunShare } from './pinyinRuns';

interface Named {
  zh: string;
  en: string;
  type: string;
  run: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(7)} %`;

function main(argv: string[]): void {
  const dumpAt = argv.indexOf('--dump');
  const dump = dumpAt >= 0 ? argv[dumpAt + 1] : undefined;
  const files = argv.filter((a, i) => a !== '--dump' && (dumpAt < 0 || i !== dumpAt + 1) && a.endsWith('.txt'));
  if (files.length === 0) {
    console.error('usage: npm run english -- <report.txt …> [--dump names.tsv]');
    process.exit(2);
  }
  const extractor = new Extractor();
  const english = cedictEnglishWords();
  const isEnglish = (w: string) => english.has(w);
  const all = new Map<string, Named>();
  let worstShare = 0;
  let worstRaw = 0;
  console.log('  all words  not English  names  report');
  for (const file of files) {
    const batch = extractor.extractText(fs.readFileSync(file, 'utf8'), { fileName: path.basename(file) });
    const names = batch.entities
      .filter((e) => CORE_TYPES.includes(e.type))
      .map((e): Named => ({ zh: e.name_zh, en: e.name_en, type: e.type, run: longestPinyinRun(e.name_en, isEnglish) }));
    for (const n of names) all.set(`${n.type}|${n.zh}`, n);
    const raw = pinyinRunShare(names.map((n) => n.en));
    const share = pinyinRunShare(
      names.map((n) => n.en),
      { isEnglish },
    );
    worstRaw = Math.max(worstRaw, raw);
    worstShare = Math.max(worstShare, share);
    console.log(`${pct(raw)}  ${pct(share)}  of ${String(names.length).padStart(4)}  ${path.basename(file)}`);
  }
  const everything = [...all.values()];
  const overallRaw = pinyinRunShare(everything.map((n) => n.en));
  const overall = pinyinRunShare(
    everything.map((n) => n.en),
    { isEnglish },
  );
  console.log(`${pct(overallRaw)}  ${pct(overall)}  of ${String(everything.length).padStart(4)}  all (distinct)`);
  console.log(`${pct(worstRaw)}  ${pct(worstShare)}          worst report`);
  const worst = everything.filter((n) => n.run >= 3).sort((a, b) => b.run - a.run || a.zh.localeCompare(b.zh));
  console.log('\nworst names:');
  for (const n of worst.slice(0, 20)) console.log(`  ${n.run}  ${n.type.padEnd(8)} ${n.zh} → ${n.en}`);
  if (dump) {
    const rows = everything.sort((a, b) => a.type.localeCompare(b.type) || a.zh.localeCompare(b.zh));
    fs.writeFileSync(dump, rows.map((n) => `${n.type}\t${n.zh}\t${n.en}\t${n.run}`).join('\n') + '\n');
  }
}

main(process.argv.slice(2));
