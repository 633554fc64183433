// Amounts, capacities, lengths, dates and statuses, normalised and attached to the entity they describe.
import type { Fact } from '../model';
import { STATUSES } from './recognize/lexicon';

export interface SentenceFacts {
  kind: Fact['kind'];
  value: number | string;
  unit?: string;
  date?: string;
  text: string;
  /** Offset in the document where the expression starts. */
  at: number;
}

const MULT: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

export function parseAmount(num: string, mult: string | undefined): number {
  return Math.round(Number(num) * (MULT[mult ?? ''] ?? 1) * 100) / 100;
}

const DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?|(\d{4})年(?!\d{1,2}月)/g;

/** Dates in a sentence, resolved with the document's year when the text gives none. */
export function parseDates(
  text: string,
  offset: number,
  docYear: number | null,
): { at: number; date: string; text: string }[] {
  const out: { at: number; date: string; text: string }[] = [];
  for (const m of text.matchAll(DATE)) {
    const pad = (n: string) => n.padStart(2, '0');
    if (m[4]) {
      out.push({ at: offset + m.index, date: m[4], text: m[0] });
      continue;
    }
    const year = m[1] ?? (docYear !== null ? String(docYear) : undefined);
    const month = Number(m[2]);
    if (!year || month < 1 || month > 12) continue;
    const day = m[3] ? Number(m[3]) : null;
    if (day !== null && (day < 1 || day > 31)) continue;
    out.push({
      at: offset + m.index,
      date: day !== null ? `${year}-${pad(m[2])}-${pad(m[3])}` : `${year}-${pad(m[2])}`,
      text: m[0],
    });
  }
  return out;
}

const INVESTMENT =
  /(总投资|计划投资|投资总额|总投资额|投资)(?:约|达|超|超过|近|逾)?\s*([0-9]+(?:\.[0-9]+)?)\s*(万|亿)?元/g;
const CAPACITY =
  /年(?:产|产能|处理|加工)\s*([0-9]+(?:\.[0-9]+)?)\s*(万|亿|千)?\s*(吨|辆|台|套|件|千瓦|兆瓦|片|平方米|立方米)/g;
const LENGTH = /(?:全长|总长|线路长|里程|全线长)(?:约|达)?\s*([0-9]+(?:\.[0-9]+)?)\s*(公里|千米)/g;

export function sentenceFacts(text: string, offset: number, docYear: number | null): SentenceFacts[] {
  const out: SentenceFacts[] = [];
  for (const m of text.matchAll(INVESTMENT))
    out.push({ kind: 'investment', value: parseAmount(m[2], m[3]), unit: 'CNY', text: m[0], at: offset + m.index });
  for (const m of text.matchAll(CAPACITY))
    out.push({
      kind: 'capacity',
      value: parseAmount(m[1], m[2]),
      unit: `${m[3]}/year`,
      text: m[0],
      at: offset + m.index,
    });
  for (const m of text.matchAll(LENGTH))
    out.push({ kind: 'length', value: parseAmount(m[1], undefined), unit: 'km', text: m[0], at: offset + m.index });
  const dates = parseDates(text, offset, docYear);
  const sorted = [...STATUSES].sort((a, b) => b.word.length - a.word.length);
  const taken: [number, number][] = [];
  for (const st of sorted) {
    let from = 0;
    while (true) {
      const i = text.indexOf(st.word, from);
      if (i < 0) break;
      from = i + st.word.length;
      if (taken.some(([a, b]) => i < b && a < i + st.word.length)) continue;
      taken.push([i, i + st.word.length]);
      // 全面建成后 ("once completed"), 力争年底建成, 将于…投产: what is planned or conditional has not happened.
      const after = text.slice(i + st.word.length, i + st.word.length + 2);
      const lead = text.slice(Math.max(0, i - 8), i);
      if (
        /^(?:后|之后|以后)/.test(after) ||
        /(?:将|拟|计划|预计|力争|确保|争取|待|推动|加快|推进|年底前|年内)[^，,；;。]*$/.test(lead)
      )
        continue;
      const before = dates.filter((d) => d.at <= offset + i);
      const date = before.length > 0 ? before[before.length - 1].date : undefined;
      out.push({ kind: 'status', value: st.key, ...(date ? { date } : {}), text: st.word, at: offset + i });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
