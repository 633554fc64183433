// Search keys of an entity: every form a user may type for it, in any script.
import { hasCjk, nameKey } from '../text/fold';
import { foldLatinForms, pinyinKeys } from '../text/nameForms';

export interface SearchForms {
  /** Folded Chinese names and aliases. */
  zh: string[];
  /** Pinyin without tones or spaces (ü as v, and as u), and initials. */
  pinyin: string[];
  initials: string[];
  /** English name, lower-cased, and its words. */
  en: string[];
  enWords: string[];
}

function pinyinForms(zh: string): { full: string[]; initials: string } | null {
  return hasCjk(zh) ? pinyinKeys(zh) : null;
}

const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x.length > 0))];

export function searchForms(names: { name_zh: string; aliases: string[]; name_en: string }): SearchForms {
  const zh = uniq([names.name_zh, ...names.aliases].map(nameKey));
  const py = zh.map(pinyinForms).filter((p): p is { full: string[]; initials: string } => p !== null);
  // Words first, then folding: nameKey would glue the words together. Chinese left in an English name is not English.
  const en = foldLatinForms(names.name_en).map((f) =>
    f
      .replace(/[\u3400-\u9fff]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return {
    zh,
    pinyin: uniq(py.flatMap((p) => p.full)),
    initials: uniq(py.map((p) => p.initials)),
    en: uniq(en.map((f) => f.replace(/ /g, ''))),
    enWords: uniq(en.flatMap((f) => f.split(' ')).filter((w) => w.length > 1)),
  };
}

/** A flat, space-joined token list (the Neo4j store indexes it with the whitespace analyzer). */
export function searchTokens(forms: SearchForms): string {
  return uniq(
    [...forms.zh, ...forms.pinyin, ...forms.initials, ...forms.en, ...forms.enWords].map((t) => t.replace(/\s+/g, '')),
  ).join(' ');
}

/** The query as the index compares it: folded, and with spaces dropped for pinyin typed as "tai gang". */
export function queryKey(q: string): { key: string; compact: string } {
  // ü as English names and pinyin keys fold it (→ v), other accents dropped: "lüliang" finds what "lvliang" finds.
  const key = nameKey(q)
    .trim()
    .replace(/ü|u:/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  return { key, compact: key.replace(/[^a-z0-9\u3400-\u9fff]/g, '') };
}
