// One English sense per Chinese word, for names: the first sense CC-CEDICT gives that reads as a name part (a short
// noun phrase if there is one), or, for proper nouns CC-CEDICT writes in pinyin, a marker that pinyin is right.
import { hasCjk } from '../text/fold';
import { pinyinKey } from '../text/nameForms';
import { type CedictEntry, readCedict, sensesOf } from './cedict';

/**
 * What CC-CEDICT says of a word: its sense as an ordinary word, and whether it is a proper noun, with the English
 * name when that is not its pinyin (长江 → Yangtze River; 郑州 → null: Zhengzhou).
 */
export interface WordSense {
  common?: string;
  proper?: { en: string | null };
}

/** Senses that say what a word is not, or how it is used, rather than what it means. */
const NOT_A_MEANING =
  /^(see|variant of|old variant of|also written|also pr\.|abbr\.|abbreviation|surname|classifier|CL:|used in|Taiwan pr|pr\.|erhua|euphemism|pinyin|Japanese|Korean|transliteration)(?![a-z])/i;
/** Usage notes standing first mark senses too narrow for a name ("(dialect) uncle", "(math.) sum"). */
const KEEP_QUALIFIER = /^\((bound form|PRC|fig\.)\)\s*/i;

function clean(alt: string): string | null {
  let s = alt.trim();
  while (KEEP_QUALIFIER.test(s)) s = s.replace(KEEP_QUALIFIER, '');
  if (s.startsWith('(') || NOT_A_MEANING.test(s) || hasCjk(s)) return null;
  s = s
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s*\[[^\]]*\]/g, '')
    .replace(/^(the|a|an) /i, '')
    .trim();
  if (!s || /\b(sb|sth|etc|one's|oneself)\b|\.\.\.|[()[\]"“”?!]/.test(s)) return null;
  return s;
}

function words(s: string): number {
  return s.split(/\s+/).length;
}

/** The first noun-like sense of at most three words, else the first verb sense without its "to"; else null. */
export function pickSense(senses: readonly string[]): string | null {
  const alts = senses
    .flatMap((s) => s.split(/;\s*/))
    .map(clean)
    .filter((s): s is string => s !== null);
  const noun = alts.find((s) => !/^to /i.test(s) && words(s) <= 3);
  if (noun) return noun.split(/,\s*/)[0];
  const verb = alts.find((s) => /^to /i.test(s) && !/^to be /i.test(s) && words(s) <= 4);
  return verb ? verb.slice(3).split(/,\s*/)[0] : null;
}

/** A proper noun: its English when CC-CEDICT gives a name other than its pinyin (长江 → Yangtze River), else null. */
function properSense(entry: CedictEntry): string | null {
  const py = pinyinKey(entry[2]);
  for (const sense of sensesOf(entry)) {
    // A field note first ("(archaeology) Yangshao culture, …") says nothing of the name.
    const head = sense
      .replace(/^\([^)]*\)\s*/, '')
      .split(/[,;]| or /)[0]
      .trim();
    // "Zhengzhou prefecture-level city …" for 郑州市: the name is its pinyin (less the suffix's syllable).
    const first = pinyinKey(head.split(' ')[0]);
    const suffixed = ['shi', 'sheng', 'xian', 'qu', 'zhen'].some((syllable) => py === first + syllable);
    if (/^see /i.test(head) || pinyinKey(head).startsWith(py) || suffixed) return null;
    const s = clean(head);
    if (s && words(s) <= 4 && /^[A-Z]/.test(s)) return s;
  }
  return null;
}

let table: Map<string, WordSense> | null = null;

function build(): Map<string, WordSense> {
  const common = new Map<string, string>();
  const proper = new Map<string, string | null>();
  for (const entry of readCedict()) {
    const word = entry[1];
    if (word.length > 8 || !hasCjk(word)) continue;
    if (/^[A-Z]/.test(entry[2])) {
      if (!proper.has(word) || proper.get(word) === null) proper.set(word, properSense(entry));
    } else if (!common.has(word)) {
      const en = pickSense(sensesOf(entry));
      if (en) common.set(word, en);
    }
  }
  // 哈尔滨 says "see 哈尔滨市", whose entry gives Harbin: a place takes the English of its form with the suffix.
  for (const [word, en] of proper) {
    if (en !== null) continue;
    const full = ['市', '省', '县', '自治区'].map((suffix) => proper.get(word + suffix)).find((x) => x);
    if (full) proper.set(word, full.replace(/ (City|Province|County|Autonomous Region)$/, ''));
  }
  const out = new Map<string, WordSense>();
  for (const [word, en] of proper) out.set(word, { proper: { en } });
  for (const [word, en] of common) out.set(word, { ...out.get(word), common: en });
  return out;
}

/** The sense table, read on first use (~1 s, ~15 MB); the same for every caller in the process. */
export function wordSenses(): ReadonlyMap<string, WordSense> {
  table ??= build();
  return table;
}
