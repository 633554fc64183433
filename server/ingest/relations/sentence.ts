// Helpers shared by relation rules: positions in the sentence, clauses, the actors a clause names.
import type { EntityType, PlaceSubtype, RelationType } from '../../ontology';
import { relationAllowed } from '../../ontology';
import type { FoundRelation, RMention, RSentence } from './types';

export const ADMIN = new Set<PlaceSubtype | undefined>(['city', 'county', 'district', 'province', 'country', 'town']);

/** Offset of a mention in its sentence's text. */
export const at = (s: RSentence, m: RMention): number => m.start - s.start;
export const endAt = (s: RSentence, m: RMention): number => m.end - s.start;

/** Top-level mentions: a name inside a longer recognised name is not a mention of its own (中车太原 holds no 太原). */
export const topMentions = (s: RSentence): RMention[] => s.mentions.filter((m) => !m.nested);

export function clauseBounds(text: string, pos: number): [number, number] {
  let a = pos;
  while (a > 0 && !/[，,：:；;]/.test(text[a - 1])) a--;
  let b = pos;
  while (b < text.length && !/[，,：:；;。]/.test(text[b])) b++;
  return [a, b];
}

/** An actor that can be the subject of a sentence of the genre: a body, or an administrative place. */
export const isActor = (m: RMention): boolean =>
  m.type === 'Organization' || m.type === 'Company' || (m.type === 'Place' && ADMIN.has(m.subtype));

export function relation(
  source: { key: string; type: EntityType },
  target: { key: string; type: EntityType },
  type: RelationType,
  sentence: number,
  rule: string,
  extra: { attributes?: Record<string, string>; implicit?: boolean } = {},
): FoundRelation[] {
  if (source.key === target.key || !relationAllowed(type, source.type, target.type)) return [];
  return [
    {
      source: source.key,
      target: target.key,
      type,
      sentence,
      rule,
      attributes: extra.attributes ?? {},
      ...(extra.implicit ? { implicit: true } : {}),
    },
  ];
}

/** The last of these mentions and the ones enumerated with it (A、B和C): the group a predicate after them takes. */
export function lastGroup(s: RSentence, before: RMention[]): RMention[] {
  if (before.length === 0) return [];
  const group = [before[before.length - 1]];
  for (let i = before.length - 2; i >= 0; i--) {
    if (!/^[、和及与]$/.test(s.text.slice(endAt(s, before[i]), at(s, group[0])))) break;
    group.unshift(before[i]);
  }
  return group;
}

/**
 * Does the sentence name, before `pos`, a government or body other than the document's own? Then the report is not
 * speaking in its own voice there, and no implicit relation is made.
 */
export function namesActorBefore(s: RSentence, pos: number, home: { key: string } | null): boolean {
  return topMentions(s).some((m) => isActor(m) && m.type !== 'Company' && m.key !== home?.key && at(s, m) < pos);
}
