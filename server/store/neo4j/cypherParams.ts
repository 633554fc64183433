// Parameters as Neo4j should see them (the only values a query gets from a request).
import neo4j from 'neo4j-driver';

/**
 * JavaScript numbers that are whole become Cypher INTEGERs. The driver sends every number as a FLOAT otherwise,
 * which LIMIT refuses and which would store counts and years as floats.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
