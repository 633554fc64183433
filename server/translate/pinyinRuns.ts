// How much of an English name is run-together pinyin ("Qinxianjie" is a run of three syllables): the measure behind
// the issue "English names hold pinyin runs". A word counts when all of it segments into pinyin syllables, unless it
// is an English word that happens to (Area = a·re·a, Ocean = o·ce·an): pass `isEnglish` to leave those out.
import { splitPinyin } from '../text/nameForms';
import { readCedict, sensesOf } from './cedict';

export interface RunOptions {
  /** Runs shorter than this do not count (default 3). */
  minRun?: number;
  /** Words that are English, not pinyin (lower-cased). */
  isEnglish?: (word: string) => boolean;
}

/** The longest number of pinyin syllables glued into one word of the name (0 when no word is pinyin). */
export function longestPinyinRun(name: string, isEnglish: (word: string) => boolean = () => false): number {
  let longest = 0;
  for (const word of name.split(/[^A-Za-zü:]+/)) {
    if (word.length === 0 || isEnglish(word.toLowerCase())) continue;
    const syllables = splitPinyin(word);
    if (syllables) longest = Math.max(longest, syllables.length);
  }
  return longest;
}

/** The share (0…1) of names holding a pinyin run of at least `minRun` syllables; 0 for no names. */
export function pinyinRunShare(names: readonly string[], opts: RunOptions = {}): number {
  if (names.length === 0) return 0;
  const minRun = opts.minRun ?? 3;
  return names.filter((n) => longestPinyinRun(n, opts.isEnglish) >= minRun).length / names.length;
}

/**
 * English words as CC-CEDICT's definitions write them in lower case (area, ocean, deepen). Pinyin there is
 * capitalised as proper names are (Taiyuan), so a lower-case word in a definition is English (a few loanwords such
 * as "yuan" are one syllable and never make a run of three).
 */
export function cedictEnglishWords(): Set<string> {
  const out = new Set<string>();
  for (const entry of readCedict()) {
    for (const sense of sensesOf(entry)) for (const w of sense.match(/\b[a-z]{3,}\b/g) ?? []) out.add(w);
  }
  return out;
}

let englishWords: Set<string> | null = null;

/** cedictEnglishWords(), read once per process. */
export function isCedictEnglish(word: string): boolean {
  englishWords ??= cedictEnglishWords();
  return englishWords.has(word);
}
