// Which period a statement is about and whether it plans or reports, from the document's year, the section the
// sentence stands in (过去一年, 过去五年, 今后五年, 今年 …) and the period words of its paragraph (前三季度, 1至11月).

export type Kind = 'target' | 'actual';

/** A section of a document: what it does and the years it speaks about. */
export interface Section {
  kind: Kind;
  from: number;
  to: number;
}

export interface DocYear {
  /** The year the document was published in (a work report of year Y reviews Y-1 and plans Y). */
  year: number;
  /** A government work report: its review looks back on the year before publication. */
  report: boolean;
}

/** Cues that open a section, tried in this order (a span before a year, so that 过去五年工作回顾 is a span). */
const SECTION_CUES: [RegExp, (d: DocYear) => Section][] = [
  [/过去五年|回顾过去五年|这五年|五年来/, (d) => ({ kind: 'actual', from: d.year - 5, to: d.year - 1 })],
  [/今后五年|未来五年/, (d) => ({ kind: 'target', from: d.year, to: d.year + 4 })],
  [/过去一年|过去的一年|去年|上一年|工作回顾/, (d) => ({ kind: 'actual', from: d.year - 1, to: d.year - 1 })],
  [
    /一年来|这一年/,
    (d) => ({ kind: 'actual', from: d.report ? d.year - 1 : d.year, to: d.report ? d.year - 1 : d.year }),
  ],
  [/今年|工作安排|预期指标|预期目标|主要目标/, (d) => ({ kind: 'target', from: d.year, to: d.year })],
];

/** The section a document starts in: a report opens with its review; other texts report on their own year. */
export function initialSection(d: DocYear): Section {
  const y = d.report ? d.year - 1 : d.year;
  return { kind: 'actual', from: y, to: y };
}

/** The section a sentence opens, if it opens one. */
export function sectionCue(sentence: string, d: DocYear): Section | null {
  for (const [re, make] of SECTION_CUES) if (re.test(sentence)) return make(d);
  return null;
}

// 预期 only as 预期目标/预期指标: 超预期因素 is a review's word.
const TARGET =
  /力争|预期目标|预期指标|计划|确保|年内|今年|未来五年|今后五年|控制在|争取|目标是|将达到|要达到|到20\d\d年/;
const ACTUAL = /已经|完成了|实现了|同比|比上年|过去|去年|上年同期|比20\d\d年同期/;

/** A statement's own words, when they say whether it plans or reports; else the section decides. */
export function sentenceKind(clause: string): Kind | null {
  if (TARGET.test(clause)) return 'target';
  if (ACTUAL.test(clause)) return 'actual';
  return null;
}

const PLANS: [RegExp, number, number][] = [
  [/十四五/, 2021, 2025],
  [/十三五/, 2016, 2020],
  [/十五五/, 2026, 2030],
];

/** A plan period the clause names that has not ended by the document's year: what it states is a target. */
export function openPlan(clause: string, year: number): boolean {
  return PLANS.some(([re, , to]) => re.test(clause) && to >= year);
}

/** A within-year period (上半年, 前三季度, 1至11月) or an explicit year, from the text of a paragraph. */
export interface PeriodWords {
  year?: number;
  part?: string;
}

export function periodWords(text: string): PeriodWords {
  const out: PeriodWords = {};
  const y =
    /(20\d\d)\s*年(?=\s*(?:上半年|前三季度|一季度|第一季度|前两个季度|1\s*[至-]\s*\d+\s*月|全年|，|,|\s|是|我|全市|太原|以来))/.exec(
      text,
    );
  if (y) out.year = Number(y[1]);
  const to = /1\s*[至-]\s*(\d{1,2})\s*月|前\s*(\d{1,2})\s*个月/.exec(text);
  if (/上半年|前两个季度/.test(text)) out.part = 'H1';
  else if (/前三季度/.test(text)) out.part = 'Q1-Q3';
  else if (/一季度/.test(text)) out.part = 'Q1';
  else if (to) {
    const n = Number(to[1] ?? to[2]);
    if (n >= 2 && n <= 11) out.part = `M01-M${String(n).padStart(2, '0')}`;
  }
  return out;
}

/** The period label of a statement: a year, a part of a year, or a span for 年均 rates and plan-period levels. */
export function resolvePeriod(section: Section, words: PeriodWords, clause: string, average: boolean): string {
  const plan = PLANS.find(([re]) => re.test(clause));
  if (plan && average) return `${plan[1]}-${plan[2]}`;
  if (section.from !== section.to && !words.year && !words.part) return `${section.from}-${section.to}`;
  const byYear = /到\s*(20\d\d)\s*年/.exec(clause);
  const year = byYear ? Number(byYear[1]) : (words.year ?? section.to);
  return words.part ? `${year}-${words.part}` : String(year);
}
