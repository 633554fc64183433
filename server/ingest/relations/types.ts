// What relation rules read (a sentence with its recognised mentions) and what they produce.
import type { EntityType, PlaceSubtype, RelationType } from '../../ontology';
import type { Enumeration } from '../recognize/patterns';

export interface RMention {
  key: string;
  /** The canonical name of the administrative parent, when reference data knows it (阳曲县 → 太原市). */
  parent?: string;
  /** Administrative division code (GB/T 2260), when reference data knows it: a prefix of its divisions' codes. */
  code?: string;
  name?: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  start: number;
  end: number;
  nested: boolean;
  rule: string;
}

export interface RSentence {
  index: number;
  start: number;
  end: number;
  /** Folded sentence text. */
  text: string;
  mentions: RMention[];
  enumerations: Enumeration[];
}

export interface FoundRelation {
  source: string;
  target: string;
  type: RelationType;
  sentence: number;
  rule: string;
  attributes: Record<string, string>;
  /** The sentence does not name the source: the document's own government speaks (a work report's "we"). */
  implicit?: boolean;
}

/** The document's own government, as a place entity (the subject a work report leaves unsaid). */
export interface HomeRef {
  key: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  /** Its administrative division code (GB/T 2260: 14 山西省, 1401 太原市), when reference data knows it. */
  code?: string;
}

export interface RuleContext {
  home: HomeRef | null;
}

/** One construction of the genre that states a relation; each rule is named, documented and tested on its own. */
export interface RelationRule {
  name: string;
  /** The construction, in a line: what the sentence says and which pair it links. */
  reads: string;
  apply(s: RSentence, ctx: RuleContext): FoundRelation[];
}
