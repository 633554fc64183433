// How much of an English name is run-together pinyin ("Difangzhaiwuguanli"): the share of names holding a Latin word
// that splits into three or more pinyin syllables.
import { PINYIN_SYLLABLES } from '../text/pinyinSyllables';

const MAX_SYLLABLE = 6;

/** Fewest syllables that spell the word exactly, or 0 when it is not pinyin. */
export function pinyinSyllableCount(word: string): number {
  const w = word.toLowerCase().replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(w)) return 0;
  const best: number[] = Array(w.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < w.length; i++) {
    if (best[i] === Infinity) continue;
    for (let len = 1; len <= MAX_SYLLABLE && i + len <= w.length; len++) {
      if (PINYIN_SYLLABLES.has(w.slice(i, i + len))) best[i + len] = Math.min(best[i + len], best[i] + 1);
    }
  }
  return best[w.length] === Infinity ? 0 : best[w.length];
}

export function hasPinyinRun(name: string, min = 3): boolean {
  return name.split(/[^A-Za-zü]+/).some((w) => pinyinSyllableCount(w) >= min);
}

export function pinyinRunShare(names: string[]): { share: number; worst: string[] } {
  const hits = names.filter((n) => hasPinyinRun(n));
  return { share: names.length === 0 ? 0 : hits.length / names.length, worst: hits.slice(0, 20) };
}
