// Ready questions: a pattern with one parameter, an entity the reader picks by search.
import type { EntityType } from '../types';
import type { PatternRequest } from './builder';

export interface ReadyQuestion {
  /** i18n key under question.ready. */
  key: string;
  pattern: string;
  /** The one parameter, `{id: $param}` in the pattern, and the type of entity it takes. */
  param: { name: string; type: EntityType };
  /** Places also match the places PART_OF them ("in 综改区 or any of its parks"). */
  descendants: boolean;
}

export const READY_QUESTIONS: readonly ReadyQuestion[] = [
  {
    key: 'companiesInPlace',
    pattern: '(company:Company)-[:DEVELOPS]->(project:Project)-[:LOCATED_IN]->(place:Place {id: $place})',
    param: { name: 'place', type: 'Place' },
    descendants: true,
  },
  {
    key: 'projectsOfPolicy',
    pattern: '(policy:Policy {id: $policy})-[:SUPPORTS]->(project:Project)',
    param: { name: 'policy', type: 'Policy' },
    descendants: false,
  },
  {
    key: 'companyLinks',
    pattern: '(company:Company {id: $company})--(linked)',
    param: { name: 'company', type: 'Company' },
    descendants: false,
  },
];

export function readyRequest(q: ReadyQuestion, entityId: string): PatternRequest {
  return { pattern: q.pattern, params: { [q.param.name]: entityId }, descendants: q.descendants };
}
