// What may stand inside a later item of a list.
import { isPunct } from '../chunker';
import { NAME_VERBS, nameAdverb, STOP_WORDS } from '../lexicon';
import type { Token } from '../tokens';

const ITEM_ENDS = new Set(['、', '等', '和', '及', '与', '或', '的', '为', '在', '将', '是']);

/** May this token stand inside a later enumeration item? Anything but separators, punctuation and predicates. */
export function itemToken(t: Token): boolean {
  if (isPunct(t)) return ['(', ')', '·', '—', '-', '+', '“', '”', '"'].includes(t.w);
  if (nameAdverb(t)) return true;
  // 太原至长春: a line named by its ends.
  if (t.w === '至') return true;
  if (ITEM_ENDS.has(t.w) || ['p', 'c', 'u', 'uj', 'ul', 'd', 'ad', 'vd', 'r'].includes(t.t)) return false;
  return !STOP_WORDS.has(t.w) || NAME_VERBS.has(t.w);
}
