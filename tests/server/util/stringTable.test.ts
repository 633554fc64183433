import fc from 'fast-check';
import { StringTable, compareCodePoints } from '../../../server/util/stringTable';

const roundTrip = (strings: string[]) => {
  const { bytes, ends } = StringTable.of(strings).encode();
  return StringTable.fromBytes(bytes, ends);
};

test('code point order is the order of UTF-8 bytes, also around surrogates', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
      const bytes = Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
      expect(Math.sign(compareCodePoints(a, b))).toBe(bytes);
    }),
    { numRuns: 500 },
  );
  // U+FF21 (Ａ) sorts before U+20000 (𠀀) by code point, after it by UTF-16 unit.
  expect(compareCodePoints('\uff21', '\u{20000}')).toBeLessThan(0);
  expect('\uff21' < '\u{20000}').toBe(false);
});

test('a table read back from its bytes gives every string, finds them, and scans for substrings', () => {
  const strings = [
    '',
    'a',
    'ab',
    'abc',
    'b',
    'taiyuan',
    'xinzhou',
    '太原',
    '太原市',
    '太钢',
    '\uff21',
    '\u{20000}',
  ].sort(compareCodePoints);
  const t = roundTrip(strings);
  expect(t.isSorted()).toBe(true);
  expect(t.length).toBe(strings.length);
  expect(strings.map((_, i) => t.get(i))).toEqual(strings);
  for (const [i, s] of strings.entries()) expect(t.indexOf(s)).toBe(i);
  expect(t.indexOf('太')).toBe(-1);
  expect(t.get(t.lowerBound('太'))).toBe('太原');
  expect(t.containing('原').map((i) => t.get(i))).toEqual(['太原', '太原市']);
  expect(t.containing('a').map((i) => t.get(i))).toEqual(['a', 'ab', 'abc', 'taiyuan']);
  expect(t.containing('a', 2)).toHaveLength(2);
  expect(t.all()).toEqual(strings);
});

test('tables in memory and from bytes agree on any sorted strings', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 6 }).filter((s) => !s.includes('\n'))),
      fc.string({ unit: 'binary', maxLength: 3 }),
      (raw, probe) => {
        const sorted = raw.sort(compareCodePoints);
        const mem = StringTable.of(sorted);
        const bytes = roundTrip(sorted);
        expect(bytes.isSorted()).toBe(true);
        expect(bytes.lowerBound(probe)).toBe(mem.lowerBound(probe));
        expect(bytes.indexOf(probe)).toBe(mem.indexOf(probe));
        if (!probe.includes('\n')) expect(bytes.containing(probe)).toEqual(mem.containing(probe));
      },
    ),
    { numRuns: 300 },
  );
});

test('damaged offsets, unsorted tables and newlines are refused', () => {
  const { bytes, ends } = StringTable.of(['a', 'b']).encode();
  expect(() => StringTable.fromBytes(bytes, Int32Array.from([1, 5]))).toThrow(/does not fit/);
  expect(() => StringTable.fromBytes(Buffer.concat([bytes, Buffer.from('x')]), ends)).toThrow(/run past/);
  expect(roundTrip(['b', 'a']).isSorted()).toBe(false);
  expect(() => StringTable.of(['a\nb']).encode()).toThrow(/newline/);
});
