// The suffix table looked up by where a head ends.
import { SUFFIXES, type SuffixRule } from '../lexicon';

const BY_LENGTH = [...SUFFIXES].sort((a, b) => b.suffix.length - a.suffix.length);
export const SUFFIX_SET = new Set(SUFFIXES.map((r) => r.suffix));

/** Suffix rules by their last character, longest first: the lookup runs for every token. */
const BY_LAST = new Map<string, SuffixRule[]>();
for (const r of BY_LENGTH) {
  const last = r.suffix[r.suffix.length - 1];
  const list = BY_LAST.get(last) ?? [];
  list.push(r);
  BY_LAST.set(last, list);
}

export function suffixRuleAt(text: string, end: number, from: number): SuffixRule | undefined {
  const rules = BY_LAST.get(text[end - 1]);
  if (!rules) return undefined;
  for (const r of rules) {
    const s = end - r.suffix.length;
    if (s >= from && text.startsWith(r.suffix, s)) return r;
  }
  return undefined;
}
