// Sorting a table's rows by one column: numbers by value, text in the reader's collation (pinyin order for
// Chinese), empty cells last in either direction, ties kept in the order given.
export type Cell = string | number | null;
export type SortDir = 'asc' | 'desc';

export function sortRows<T>(rows: readonly T[], value: (row: T) => Cell, dir: SortDir, locale: string): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      const ea = a.v === null || a.v === '';
      const eb = b.v === null || b.v === '';
      if (ea || eb) return ea === eb ? a.i - b.i : ea ? 1 : -1;
      const c =
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}
