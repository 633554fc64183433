// Entity candidates found in one sentence, before selection and resolution.
import type { EntityType, PlaceSubtype } from '../../ontology';
import type { GazEntry } from '../../lexicon/gazetteer';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  subtype?: PlaceSubtype;
  /** The name as it should be stored when it differs from the text span (ellipsis: 省、市第十二次党代会). */
  name?: string;
  rule: string;
  score: number;
  gaz?: GazEntry;
  /** Found inside a longer name (泰山玻璃纤维(太原)有限公司 inside its project's name). */
  nested?: boolean;
}

export interface SentenceContext {
  /** Folded document text (same offsets as the display text). */
  folded: string;
  start: number;
  end: number;
  index: number;
}
