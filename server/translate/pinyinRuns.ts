// How much of an English name is run-together pinyin ("Qinxianjie" is a run of three syllables): the measure behind
// the issue "English names hold pinyin runs". A word counts when all of it segments into pinyin syllables.
import { splitPinyin } from '../text/nameForms';

/** The longest number of pinyin syllables glued into one word of the name (0 when no word is pinyin). */
export function longestPinyinRun(name: string): number {
  let longest = 0;
  for (const word of name.split(/[^A-Za-zÀ-ÿü:]+/)) {
    if (word.length === 0) continue;
    const syllables = splitPinyin(word);
    if (syllables) longest = Math.max(longest, syllables.length);
  }
  return longest;
}

/** The share (0…1) of names holding a pinyin run of at least `minRun` syllables; 0 for no names. */
export function pinyinRunShare(names: readonly string[], minRun = 3): number {
  if (names.length === 0) return 0;
  return names.filter((n) => longestPinyinRun(n) >= minRun).length / names.length;
}
