// Relation statements in the request's language, from the shared i18next resources.
import type { Lang } from '../../i18n/format';
import { relationStatement, serverI18n, type Named } from '../../i18n/statements';
import type { Evidence } from '../model';
import type { RelationType } from '../ontology';

export type { Lang };

export function statement(
  type: RelationType,
  a: Named,
  b: Named,
  lang: Lang,
  attributes: Record<string, string> = {},
  evidence?: Evidence,
): string {
  const implicit = attributes.implicit === 'true' ? { implicitYear: evidence?.year ?? null } : {};
  return relationStatement(serverI18n().t, type, a, b, lang, { role: attributes.role, ...implicit });
}
