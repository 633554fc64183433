// What the explorer shows, as one plain object: the URL holds it (routing/url.ts) and every view is drawn from it.
export interface ViewState {
  lang: 'zh' | 'en';
  focus?: string;
  nodes: string[];
  types: string[];
  relations: string[];
  documents: string[];
  years: string[];
  co: boolean;
  path?: [string, string];
  edge?: string;
  doc?: string;
  /** A list view open in the panel, and the two sides of a comparison. */
  list?: ListKind;
  cmp?: [string, string];
}

export type ListKind = 'table' | 'docs' | 'compare';
export const LIST_KINDS: readonly ListKind[] = ['table', 'docs', 'compare'];

/** The state of the overview: the same filters and language, nothing focused, opened or drawn by hand. */
export function overviewState(s: ViewState): ViewState {
  return { ...s, nodes: [], focus: undefined, path: undefined, edge: undefined, doc: undefined };
}
