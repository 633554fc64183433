// Numbers with their units in a sentence, normalised: amounts to yuan or dollars, 万人 to persons, 斤 to tonnes,
// 亩 to hectares, percentages as plain numbers (3.3 for 3.3 %).
import type { IndicatorUnit } from '../../model';

export interface Quantity {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  value: number;
  unit: IndicatorUnit;
  /** 1万余个: the number is a lower bound. */
  approx: boolean;
}

const SCALE: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12, 千: 1e3, 百: 1e2 };

/** Unit words by the canonical unit they normalise to, with the factor per unit word. */
const UNITS: [RegExp, IndicatorUnit, number][] = [
  [/^(?:元|块)/, 'CNY', 1],
  [/^美元/, 'USD', 1],
  [/^(?:人次|人|名)/, 'persons', 1],
  [/^(?:户|家|个|张|座|套|所|辆|项)/, 'count', 1],
  [/^吨/, 'tonnes', 1],
  [/^公斤/, 'tonnes', 0.001],
  [/^斤/, 'tonnes', 0.0005],
  [/^亩/, 'hectares', 1 / 15],
  [/^公顷/, 'hectares', 1],
];

// A number (digits, optional decimals; spaces that layout leaves are allowed before the unit), then 余 and a scale.
const NUMBER = /(\d+(?:[.,]\d+)*)\s*(余)?\s*(万亿|万|亿|千|百)?\s*(余)?\s*(%|％|个百分点|[\u4e00-\u9fff]{1,2})/g;

export function parseQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    // A digit right before is part of a longer token (a year, 3-5家): not a value on its own.
    const before = sentence[m.index - 1] ?? '';
    if (/[\d.\-－~～至]/.test(before)) continue;
    const num = Number(m[1].replace(/,/g, ''));
    if (!Number.isFinite(num)) continue;
    const tail = m[5];
    const scale = SCALE[m[3] ?? ''];
    const approx = Boolean(m[2] || m[4]);
    const end = m.index + m[0].length;
    if (tail === '%' || tail === '％') {
      if (m[3]) continue;
      out.push({ start: m.index, end, value: num, unit: 'percent', approx });
      continue;
    }
    if (tail === '个百分点') continue; // a difference of rates, never a value of the indicator
    const unit = UNITS.find(([re]) => re.test(tail));
    if (!unit) continue;
    const word = unit[0].exec(tail)![0];
    const value = round(num * scale * unit[2]);
    out.push({ start: m.index, end: end - tail.length + word.length, value, unit: unit[1], approx });
  }
  return out;
}

/** Floating error of 5571.17 × 1e8 and friends removed. */
const round = (x: number): number => Number(x.toPrecision(12));
