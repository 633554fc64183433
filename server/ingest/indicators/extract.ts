// extractIndicators: a document's quantitative statements as indicator points — a pure function of its text, its
// sentences and its metadata. The document is walked in order so that the section a sentence stands in (its review
// of past years or its plans) and the period words of its paragraph decide period and kind.
import type { IndicatorPoint, Span } from '../../model';
import { documentRegion, type DocumentRegion } from '../region';
import { loadCatalogue, type Catalogue } from './catalogue';
import {
  initialSection,
  openPlan,
  periodWords,
  resolvePeriod,
  sectionCue,
  sentenceKind,
  type DocYear,
  type Section,
} from './period';
import { bindSentence, lastMention, type IndicatorMention } from './recognise';

export interface IndicatorMeta {
  /** The year the document was published in (DocumentMeta.year). */
  year: number | null;
  title_zh: string;
  /** Manifest kind (government-work-report, news-review …); a title with 政府工作报告 says the same. */
  kind?: string;
  /** The document's home place; computed from title and text when not given. */
  region?: DocumentRegion | null;
}

export function extractIndicators(
  text: string,
  sentences: Span[],
  meta: IndicatorMeta,
  catalogue: Catalogue = loadCatalogue(),
): IndicatorPoint[] {
  if (meta.year === null) return []; // without a year no period can be resolved
  const region = meta.region === undefined ? documentRegion(meta.title_zh, text) : meta.region;
  const home = region?.home.name ?? '';
  const doc: DocYear = {
    year: meta.year,
    report: /work-report/.test(meta.kind ?? '') || /政府工作报告/.test(meta.title_zh),
  };
  let section: Section = initialSection(doc);
  const out: IndicatorPoint[] = [];
  let carry: IndicatorMention | undefined;
  let paragraphStart = -1;
  sentences.forEach((span, index) => {
    const sentence = text.slice(span.start, span.end);
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    if (lineStart !== paragraphStart) {
      paragraphStart = lineStart;
      carry = undefined;
    }
    // A section opens where the first clause of a sentence says so (过去一年，…; 今后五年 工作目标任务).
    const firstClause = sentence.split(/[，,：:！!]/)[0].slice(0, 30);
    section = sectionCue(firstClause, doc) ?? section;
    const kindOfSentence = sentenceKind(sentence);
    for (const b of bindSentence(sentence, catalogue, carry)) {
      // Period words of the sentence up to the number, else of the paragraph before it.
      let words = periodWords(sentence.slice(0, b.end));
      if (!words.year && !words.part) words = periodWords(text.slice(paragraphStart, span.start));
      const kind = kindOfSentence ?? (b.average && openPlan(sentence, doc.year) ? 'target' : section.kind);
      // A target stated in a review (年内, 力争) is for the document's year; a result in plans for the year before.
      const sec =
        kind === section.kind ? section : kind === 'target' ? yearSection('target', doc.year) : initialSection(doc);
      const def = catalogue.byKey.get(b.key)!;
      out.push({
        indicator: b.key,
        name_en: def.en,
        place: b.place ?? home,
        period: resolvePeriod(sec, words, sentence, b.average),
        value: b.value,
        unit: b.unit,
        kind,
        ...(b.qualifier ? { qualifier: b.qualifier } : {}),
        evidence: {
          sentence: index,
          start: span.start + b.start,
          end: span.start + b.end,
          text: sentence.slice(b.start, b.end),
        },
      });
    }
    carry = lastMention(sentence, catalogue) ?? carry;
  });
  return out;
}

const yearSection = (kind: Section['kind'], year: number): Section => ({ kind, from: year, to: year });
