// The body of POST /api/query, validated: a pattern in the language, the values of its parameters, a limit.
import { z } from 'zod';
import { parsePattern, patternParams, PatternError } from './parser';
import { MAX_LIMIT, type PatternQuery } from './types';

export const patternBody = z
  .object({
    pattern: z.string().min(1, 'pattern is required'),
    params: z.record(z.string().max(64), z.string().min(1).max(200)).default({}),
    descendants: z.boolean().default(false),
    limit: z.number().int().min(1).max(MAX_LIMIT).default(50),
  })
  .strict();

/** A request body as a query the stores answer; ZodError or PatternError (both 400) when it is outside the rules. */
export function patternQuery(body: unknown): PatternQuery {
  const b = patternBody.parse(body ?? {});
  const pattern = parsePattern(b.pattern);
  const used = patternParams(pattern);
  const missing = used.filter((p) => !Object.hasOwn(b.params, p));
  if (missing.length > 0) throw new PatternError('parameter', `Missing parameter ${missing.map((p) => `$${p}`)[0]}`);
  const unused = Object.keys(b.params).filter((p) => !used.includes(p));
  if (unused.length > 0)
    throw new PatternError('parameter', `Parameter ${unused[0].slice(0, 64)} is not used by the pattern`);
  if (b.descendants && !pattern.nodes.some((n) => n.label === 'Place' && (n.id ?? n.name) !== null))
    throw new PatternError(
      'parameter',
      'descendants applies to a (:Place {id: $p}) or (:Place {name: $p}) node; the pattern has none',
    );
  return { pattern, params: b.params, descendants: b.descendants, limit: b.limit };
}
