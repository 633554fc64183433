// Reading the curation log: which curations are in effect, what each touches, who depends on whom, where merged
// entities went.
import type { Curation } from './types';

/** The curations in effect, oldest first: undo records and the curations they undid left out. */
export function effectiveLog(log: readonly Curation[]): Curation[] {
  const undone = new Set(log.flatMap((c) => (c.action === 'undo' ? [c.curation] : [])));
  return log.filter((c) => c.action !== 'undo' && !undone.has(c.id));
}

/**
 * The keys a curation reads or changes: `e:` entity ids and `r:` relation ids; a relation's curations also touch its
 * ends, since merges, splits and deletions of them decide whether the relation exists.
 */
export function touchedKeys(c: Curation): string[] {
  switch (c.action) {
    case 'rename':
    case 'retype':
    case 'delete_entity':
      return [`e:${c.entity}`];
    case 'merge':
      return [`e:${c.entity}`, `e:${c.into}`];
    case 'split':
      return [`e:${c.entity}`, `e:${c.created}`];
    case 'reject_relation':
    case 'confirm_relation':
      return [`r:${c.relation}`, `e:${c.source}`, `e:${c.target}`];
    case 'add_relation':
      return [`r:${c.relation}`, `e:${c.source}`, `e:${c.target}`];
    case 'undo':
      return [];
  }
}

/** Curations in effect, recorded after `id`, that touch something it touches: undoing `id` would pull the rug. */
export function dependents(log: readonly Curation[], id: string): Curation[] {
  const live = effectiveLog(log);
  const at = live.findIndex((c) => c.id === id);
  if (at < 0) return [];
  const mine = new Set(touchedKeys(live[at]));
  return live.slice(at + 1).filter((c) => touchedKeys(c).some((k) => mine.has(k)));
}

/** The entity an id went into through merges in effect (followed to the end), or null when it was not merged. */
export function mergedInto(log: readonly Curation[], id: string): string | null {
  const into = new Map<string, string>();
  for (const c of effectiveLog(log)) if (c.action === 'merge') into.set(c.entity, c.into);
  let cur = id;
  const seen = new Set<string>([id]);
  while (into.has(cur)) {
    cur = into.get(cur)!;
    if (seen.has(cur)) break;
    seen.add(cur);
  }
  return cur === id ? null : cur;
}

/** Entities and relations a curation in effect changed or vouched for: answers mark them `curated: true`. */
export function curatedKeys(log: readonly Curation[]): { entities: Set<string>; relations: Set<string> } {
  const entities = new Set<string>();
  const relations = new Set<string>();
  for (const c of effectiveLog(log)) {
    if (c.action === 'rename' || c.action === 'retype') entities.add(c.entity);
    else if (c.action === 'merge') entities.add(c.into);
    else if (c.action === 'split') [c.entity, c.created].forEach((e) => entities.add(e));
    else if (c.action === 'confirm_relation' || c.action === 'add_relation') relations.add(c.relation);
  }
  return { entities, relations };
}

/** The log's curations that concern one entity, newest first (its history tab). */
export function curationsOf(log: readonly Curation[], entity: string): Curation[] {
  const key = `e:${entity}`;
  const about = new Set(log.filter((c) => touchedKeys(c).includes(key)).map((c) => c.id));
  return log.filter((c) => about.has(c.id) || (c.action === 'undo' && about.has(c.curation))).reverse();
}
