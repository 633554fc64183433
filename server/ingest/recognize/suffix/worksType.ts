// Works: a physical project (built) or a programme (a policy), told by what its name holds.
import type { EntityType } from '../../../ontology';
import { PHYSICAL_WORKS } from '../lexicon';

export function typeOfWorks(name: string, suffix: string): EntityType {
  const body = name.slice(0, name.length - suffix.length);
  return PHYSICAL_WORKS.test(body) || /[0-9]/.test(body) ? 'Project' : 'Policy';
}
