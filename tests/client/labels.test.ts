// Labels that do not collide: kept by importance, forced ones first, a crowded area keeps only the most important.
import { chooseLabels, overlaps, type LabelBox } from '../../client/src/graph/labels';

const box = (id: string, x: number, y: number, priority: number, force = false): LabelBox => ({
  id,
  x1: x,
  y1: y,
  x2: x + 100,
  y2: y + 14,
  priority,
  force,
});

describe('label choice', () => {
  test('of two overlapping labels the more important is kept; apart, both are', () => {
    expect([...chooseLabels([box('a', 0, 0, 1), box('b', 50, 5, 2)])]).toEqual(['b']);
    expect([...chooseLabels([box('a', 0, 0, 1), box('b', 0, 40, 2)])].sort()).toEqual(['a', 'b']);
  });

  test('a forced label (selected, focused, on a path) wins over a more important one', () => {
    expect([...chooseLabels([box('hub', 0, 0, 9), box('sel', 10, 0, 1, true)])]).toEqual(['sel']);
  });

  test('a crowd: the kept labels never overlap, and every dropped one overlaps a kept one', () => {
    const crowd = Array.from({ length: 300 }, (_, i) => box(`n${i}`, (i * 37) % 700, (i * 53) % 400, (i * 7919) % 101));
    const kept = chooseLabels(crowd);
    const k = crowd.filter((b) => kept.has(b.id));
    for (let i = 0; i < k.length; i++) for (let j = i + 1; j < k.length; j++) expect(overlaps(k[i], k[j])).toBe(false);
    for (const b of crowd.filter((x) => !kept.has(x.id)))
      expect(
        k.some(
          (o) => overlaps(b, { ...o, x2: o.x2 + 2, y2: o.y2 + 2 }) || overlaps(o, { ...b, x2: b.x2 + 2, y2: b.y2 + 2 }),
        ),
      ).toBe(true);
    expect(kept.size).toBeGreaterThan(10);
    expect(kept.size).toBeLessThan(300);
  });
});
