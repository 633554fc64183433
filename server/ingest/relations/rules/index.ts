// Every relation rule, in the order they run. Each is a named construction of the genre with its own tests.
import type { RelationRule } from '../types';
import { cooperation } from './cooperation';
import { coOccurrence } from './coOccurrence';
import { developsClause } from './developsClause';
import { eventPlace, hostedByDocumentPlace } from './eventHeld';
import { leadersOfIndustry } from './industries';
import { inPlace } from './inPlace';
import { nestedDeveloper, nestedPlace, segmentOf, zoneOfStrategy } from './nestedNames';
import { rolePerson } from './people';
import { administrativeParent } from './places';
import { designationOf, implementsDocumentPlace, implementsSubject } from './policies';
import { supportObjectDocumentPlace, supportsDocumentPlace, supportVerb } from './supports';

export const RELATION_RULES: readonly RelationRule[] = [
  nestedPlace,
  nestedDeveloper,
  segmentOf,
  zoneOfStrategy,
  inPlace,
  eventPlace,
  hostedByDocumentPlace,
  implementsSubject,
  implementsDocumentPlace,
  designationOf,
  supportVerb,
  supportsDocumentPlace,
  supportObjectDocumentPlace,
  cooperation,
  developsClause,
  leadersOfIndustry,
  rolePerson,
  administrativeParent,
  coOccurrence,
];
