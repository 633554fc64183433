// Stable keys derived from what they name: the same source, type and target always give the same relation id.
import crypto from 'node:crypto';
import { RELATION_CODES, type RelationType } from './ontology';

function hash16(s: string): string {
  return crypto.createHash('sha1').update(s).digest('hex').slice(0, 16);
}

export function relationId(source: string, type: RelationType, target: string): string {
  return `${RELATION_CODES[type]}${hash16(`${source}|${type}|${target}`)}`;
}

/** The entity a split makes: keyed by the entity split and the names moved, so a replay makes the same one. */
export function splitEntityId(entity: string, aliases: readonly string[]): string {
  return `e${hash16(`split|${entity}|${[...aliases].sort().join('|')}`)}`;
}
