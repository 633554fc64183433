// Which node labels to draw so that none overlap: the most important first, each kept only where it collides with no
// label already kept. The rest show on hover. Boxes are in rendered (screen) pixels, so zooming in frees room.

export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Higher first (importance). */
  priority: number;
  /** Always drawn (selected, focused, on a highlighted path), and placed first. */
  force?: boolean;
}

const CELL = 64;

/** The ids whose labels are drawn: greedy by priority, no two kept boxes overlapping (a grid keeps it linear). */
export function chooseLabels(boxes: LabelBox[], gap = 2): Set<string> {
  const order = [...boxes].sort(
    (a, b) => Number(!!b.force) - Number(!!a.force) || b.priority - a.priority || (a.id < b.id ? -1 : 1),
  );
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox) => {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++)
      for (let j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) out.push(`${i},${j}`);
    return out;
  };
  const hits = (a: LabelBox, b: LabelBox) =>
    a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
  const kept = new Set<string>();
  for (const b of order) {
    const cs = cells(b);
    if (!b.force && cs.some((c) => grid.get(c)?.some((o) => hits(b, o)))) continue;
    kept.add(b.id);
    for (const c of cs) {
      const list = grid.get(c);
      if (list) list.push(b);
      else grid.set(c, [b]);
    }
  }
  return kept;
}

/** Whether two boxes overlap (used by tests and by the view's own check). */
export const overlaps = (a: Omit<LabelBox, 'id' | 'priority'>, b: Omit<LabelBox, 'id' | 'priority'>): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
