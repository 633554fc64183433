// Search keys of an entity: every form a user may type for it, in any script.
import { pinyin } from 'pinyin-pro';
import { hasCjk, nameKey } from '../text/fold';

export interface SearchForms {
  /** Folded Chinese names and aliases. */
  zh: string[];
  /** Pinyin without tones or spaces, and initials. */
  pinyin: string[];
  initials: string[];
  /** English name, lower-cased, and its words. */
  en: string[];
  enWords: string[];
}

function pinyinForms(zh: string): { full: string; initials: string } | null {
  if (!hasCjk(zh)) return null;
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
  const parts = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((s) => s.length > 0);
  return { full: parts.join(''), initials: parts.map((p) => (/^[0-9]/.test(p) ? p : p[0])).join('') };
}

const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x.length > 0))];

export function searchForms(names: { name_zh: string; aliases: string[]; name_en: string }): SearchForms {
  const zh = uniq([names.name_zh, ...names.aliases].map(nameKey));
  const py = zh.map(pinyinForms).filter((p): p is { full: string; initials: string } => p !== null);
  // Words first, then folding: nameKey would glue the words together.
  const en = names.name_en.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return {
    zh,
    pinyin: uniq(py.map((p) => p.full)),
    initials: uniq(py.map((p) => p.initials)),
    en: uniq([en.replace(/ /g, '')]),
    enWords: uniq(en.split(' ').filter((w) => w.length > 1)),
  };
}

/** A flat, space-joined token list (the Neo4j store indexes it with the whitespace analyzer). */
export function searchTokens(forms: SearchForms): string {
  return uniq([...forms.zh, ...forms.pinyin, ...forms.initials, ...forms.en, ...forms.enWords].map((t) => t.replace(/\s+/g, ''))).join(' ');
}

/** The query as the index compares it: folded, and with spaces dropped for pinyin typed as "tai gang". */
export function queryKey(q: string): { key: string; compact: string } {
  const key = nameKey(q).trim();
  return { key, compact: key.replace(/[^a-z0-9\u3400-\u9fff]/g, '') };
}
