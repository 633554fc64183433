// An enumeration: items of one list and the type the list's head gives them.
import type { EntityType, PlaceSubtype } from '../../../ontology';

export interface Item {
  start: number;
  end: number;
}

export interface Enumeration {
  items: Item[];
  type?: EntityType;
  subtype?: PlaceSubtype;
  /** The head's typing suffix that completes each item's name (实验室 in 紫金山、太湖等实验室). */
  suffix?: string;
  /** Typed by the status verb after it (等开工建设), not by a head noun. */
  byStatus?: boolean;
  /** Where the enumeration ends (the head noun, or the last item). */
  end: number;
}
