// Typed relations of the ontology, each from a named rule (rules/) and each with the sentence it was read from.
// A relation that a rule states explicitly is not also made implicitly for the same pair in the same sentence.
import { RELATION_RULES } from './rules';
import type { FoundRelation, HomeRef, RelationRule, RSentence } from './types';

export type { FoundRelation, HomeRef, RMention, RSentence } from './types';

export function extractRelations(
  sentences: RSentence[],
  home: HomeRef | null,
  rules: readonly RelationRule[] = RELATION_RULES,
): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const s of sentences) {
    const found = rules.flatMap((r) => r.apply(s, { home }));
    const explicit = new Set(found.filter((r) => !r.implicit).map((r) => `${r.source}|${r.type}|${r.target}`));
    out.push(...found.filter((r) => !r.implicit || !explicit.has(`${r.source}|${r.type}|${r.target}`)));
  }
  return out;
}
