// Word glosses for English readers: jieba words with pinyin (nameForms) and CC-CEDICT definitions (./cedict).
// Read into one Map from simplified form to senses (~40 MB). Loads on first use (~1 s).
import { tagger } from '../lexicon/tagger';
import { hasCjk } from '../text/fold';
import { tonedPinyin } from '../text/nameForms';
import { readCedict, sensesOf } from './cedict';

type Senses = Map<string, string[]>;

let dictionary: Promise<Senses> | null = null;

function readDictionary(): Senses {
  const out: Senses = new Map();
  for (const entry of readCedict()) {
    const senses = sensesOf(entry);
    const list = out.get(entry[1]);
    if (list) list.push(...senses);
    else out.set(entry[1], [...senses]);
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
      if (english.length === 0 && word.length > 1)
        english = [...word].map((ch) => senses(d, ch)[0]).filter((x): x is string => !!x);
      return { word, pinyin: tonedPinyin(word), english };
    });
}

/** Loads the dictionary in the background a little after start, so neither start-up nor the first gloss waits. */
export function warmGlossary(delayMs = 15_000): void {
  setTimeout(() => void loadDictionary().catch(() => undefined), delayMs).unref();
}
