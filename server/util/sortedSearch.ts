// Binary search over sorted strings (search tokens, edge keys), so lookups need no Map.

/** The first position in items[0 .. end) whose value is not below `key`. */
export function lowerBound(items: ArrayLike<string>, key: string, end = items.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The position of `key` in items[0 .. end), or -1. */
export function indexOfSorted(items: ArrayLike<string>, key: string, end = items.length): number {
  const i = lowerBound(items, key, end);
  return i < end && items[i] === key ? i : -1;
}
