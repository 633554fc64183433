// Within one sentence: the indicator mentions and the numbers that belong to them (level or growth, qualifier).
import type { IndicatorQualifier, IndicatorUnit } from '../../model';
import type { Catalogue, IndicatorDef } from './catalogue';
import { parseQuantities, type Quantity } from './quantity';

export interface IndicatorMention {
  start: number;
  end: number;
  def: IndicatorDef;
  /** A share or a denominator (占规上工业增加值比重): the mention names no value of its own. */
  blocked: boolean;
  /** Set for the members of 城镇和农村居民人均可支配收入: their values come in order after 分别. */
  group?: number;
}

/** A number bound to an indicator, offsets in the sentence. */
export interface Binding {
  key: string;
  value: number;
  unit: IndicatorUnit;
  qualifier?: IndicatorQualifier;
  /** A 年均 rate: the period is a span. */
  average: boolean;
  mention: IndicatorMention;
  start: number;
  end: number;
  /** The place named right before the indicator (开发区规上工业增加值), if any. */
  place?: string;
}

const GROWTH = /增长|增速|增幅|涨幅|下降|减少|降低|回落|提高|上升|上涨/g;
const FALL = /下降|减少|降低|回落/;
/** Words between an indicator and a number that make the number something else than its value or growth. */
const NOT_VALUE = /目标的|目标任务|增量|名义|比重|占比|贡献率|拉动|环比/;
/** An increment (增加1715元) is not a level. */
const INCREMENT = /(?:增加|净增|增长|多增|减少|下降)\s*$/;
const FLOW = /新增|新设|新登记|培育|新认定|认定|入库|新开工|新建/;
/** What may stand between two numbers of one indicator (实现5571.17亿元、增长3.3%; 增长7%、力争实现7.5%). */
const LINK =
  /^\s*(?:左右|以上|以内|以下)?[\s、，,和及]*(?:力争|争取|实际|同比|总量|全年|分别)*(?:实现|达到|达|增长|增速|为|突破|超过|下降|提高)*\s*$/;
const PLACE_BEFORE = /(开发区|示范区|高新区|综改区|园区)\s*$/;
const UNIT_OK: Record<string, IndicatorUnit[]> = {
  CNY: ['CNY', 'USD'],
  persons: ['persons'],
  count: ['count'],
  tonnes: ['tonnes'],
  hectares: ['hectares'],
};

/** The mentions of catalogue indicators, longest form first, never overlapping. */
export function findMentions(sentence: string, cat: Catalogue): IndicatorMention[] {
  const taken = new Uint8Array(sentence.length);
  const out: IndicatorMention[] = [];
  // 城镇和农村居民人均可支配收入: two indicators sharing one head, their values given in order after 分别.
  for (const m of sentence.matchAll(/(城镇|农村)(?:和|与|及|、)(城镇|农村)居民人均可支配收入/g)) {
    const keyOf = (w: string) => (w === '城镇' ? 'urban' : 'rural') + '_disposable_income_per_capita';
    const second = m.index + m[1].length + 1;
    const member = (start: number, end: number, w: string): IndicatorMention => ({
      start,
      end,
      def: cat.byKey.get(keyOf(w))!,
      blocked: false,
      group: m.index,
    });
    out.push(member(m.index, m.index + m[1].length, m[1]), member(second, m.index + m[0].length, m[2]));
    taken.fill(1, m.index, m.index + m[0].length);
  }
  for (const { form, def } of cat.forms) {
    for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
      if (taken.subarray(at, at + form.length).some((x) => x === 1)) continue;
      taken.fill(1, at, at + form.length);
      const end = at + form.length;
      const blocked =
        /占\s*$/.test(sentence.slice(Math.max(0, at - 2), at)) || /^\s*(?:的)?(?:比重|占比)/.test(sentence.slice(end));
      out.push({ start: at, end, def, blocked });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // 地区生产总值(GDP): the bracketed repeat is the same mention.
  const repeat = (m: IndicatorMention, i: number) =>
    i > 0 && out[i - 1].def === m.def && /^\s*[(（]\s*$/.test(sentence.slice(out[i - 1].end, m.start));
  return out.filter((m, i) => !repeat(m, i));
}

function qualifierOf(sentence: string, q: Quantity, gap: string): IndicatorQualifier | undefined {
  const after = /^\s*(左右|以上|以内|以下)/.exec(sentence.slice(q.end));
  if (after) return after[1] === '以下' ? '以内' : (after[1] as IndicatorQualifier);
  const before = [...gap.matchAll(/力争|超过|突破/g)].pop();
  if (before) return before[0] as IndicatorQualifier;
  return q.approx ? '余' : undefined;
}

/** The key and signed value a number gives its indicator, or null when it is not a value of it. */
function keyFor(
  m: IndicatorMention,
  q: Quantity,
  gap: string,
  clauseBefore: string,
  cat: Catalogue,
): { key: string; value: number; average: boolean } | null {
  const def = m.def;
  const average = /年均/.test(gap);
  if (q.unit === 'percent') {
    if (def.rate) return { key: def.key, value: q.value, average };
    const growthWords = [...gap.matchAll(GROWTH)];
    if (!def.growth || growthWords.length === 0) return null;
    const last = growthWords[growthWords.length - 1][0];
    return { key: def.growth, value: FALL.test(last) ? -q.value : q.value, average };
  }
  if (def.rate || !UNIT_OK[def.unit]?.includes(q.unit) || INCREMENT.test(gap)) return null;
  const flow = def.flow && FLOW.test(clauseBefore + sentenceForm(m)) && !/总量/.test(gap);
  if (flow) return { key: def.flow!, value: q.value, average };
  if (def.flowOnly) return null;
  return cat.byKey.has(def.key) ? { key: def.key, value: q.value, average } : null;
}

const sentenceForm = (m: IndicatorMention): string => m.def.zh.find((f) => f.includes('新增')) ?? '';

/**
 * The numbers of a sentence bound to the indicators it names. `carry` is the indicator of the sentence before in the
 * same paragraph: a sentence that opens with 增长 or 同比增长 continues it.
 */
export function bindSentence(sentence: string, cat: Catalogue, carry?: IndicatorMention): Binding[] {
  const mentions = findMentions(sentence, cat);
  const quantities = parseQuantities(sentence);
  const out: Binding[] = [];
  const used = new Set<Quantity>();

  // 分别增长8%、9.6%: the n members of a group take the next n numbers in order.
  const groups = new Map<number, IndicatorMention[]>();
  for (const m of mentions) if (m.group !== undefined) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  for (const members of groups.values()) {
    const last = members[members.length - 1];
    const rest = sentence.slice(last.end);
    if (!/^[^，,。；;]{0,6}分别/.test(rest)) continue;
    const next = quantities.filter((q) => q.start >= last.end).slice(0, members.length);
    next.forEach((q, i) => {
      const gap = sentence.slice(last.end, q.start);
      const k = keyFor(members[i], q, gap, sentence.slice(0, members[i].start), cat);
      if (!k) return;
      used.add(q);
      const qualifier = qualifierOf(sentence, q, gap);
      const at = { mention: members[i], start: members[0].start, end: q.end };
      out.push({ ...k, unit: q.unit, ...(qualifier ? { qualifier } : {}), ...at });
    });
  }

  for (const q of quantities) {
    if (used.has(q)) continue;
    const before = mentions.filter((m) => m.end <= q.start);
    let m: IndicatorMention | undefined = before[before.length - 1];
    let from = m?.end ?? 0;
    if (!m) {
      // No indicator named yet: the sentence continues the one before only when it opens with its verb.
      if (!carry || !/^[\s，,]*(?:同比|实际)?(?:增长|增速|下降|实现|达到)/.test(sentence)) continue;
      m = carry;
      from = 0;
    }
    if (m.blocked) continue;
    const gap = sentence.slice(from, q.start);
    const prev = quantities.filter((p) => p.end <= q.start && p.start >= from).pop();
    // Far, or two clauses past the indicator or its last number: the number belongs to something named in between.
    const sinceLast = sentence.slice(prev?.end ?? from, q.start);
    if (gap.length > 30 || (sinceLast.match(/[，,]/g) ?? []).length > 1 || NOT_VALUE.test(sinceLast)) continue;
    if (prev && !LINK.test(sinceLast)) continue;
    const clauseStart = Math.max(
      ...[...sentence.slice(0, m.start).matchAll(/[，,；;：:]/g)].map((x) => x.index + 1),
      0,
    );
    const k = keyFor(m, q, gap, from === 0 && m === carry ? '' : sentence.slice(clauseStart, m.start), cat);
    if (!k) continue;
    const qualifier = qualifierOf(sentence, q, gap);
    const suffix = /^\s*(?:左右|以上|以内|以下)/.exec(sentence.slice(q.end))?.[0] ?? '';
    const place = from === 0 && m === carry ? undefined : PLACE_BEFORE.exec(sentence.slice(clauseStart, m.start))?.[1];
    out.push({
      ...k,
      unit: q.unit,
      ...(qualifier ? { qualifier } : {}),
      mention: m,
      start: m === carry && from === 0 ? 0 : m.start,
      end: q.end + suffix.length,
      ...(place ? { place } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The last indicator a sentence names (for the sentence after it). */
export function lastMention(sentence: string, cat: Catalogue): IndicatorMention | undefined {
  return findMentions(sentence, cat)
    .filter((m) => !m.blocked)
    .pop();
}
