// Raw document text → clean display text, with a map from every clean offset back to the raw offset.
// Removes layout: edition markers, photo captions, markdown emphasis and heading marks, spaces that layout put
// around digits, and line breaks that page layout inserted inside a sentence.

export interface CleanText {
  text: string;
  /** toRaw[i] is the raw offset of clean character i; toRaw[text.length] is the raw length. */
  toRaw: number[];
}

const EDITION = /[（(]\s*(?:上接|下转|接|转)\s*第?\s*[0-9一二三四五六七八九十]+\s*版\s*[）)]/g;
const CAPTION_LINE = /^.{0,150}(?:资料图片|图片来源[^\n]*|新华社发|[（(][^（）()\n]{0,30}摄[）)])\s*$/;
const EMPHASIS = /\*\*|__/g;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const LIST_MARK = /^\s*(?:[-*+]\s+|\d+[.、)]\s*)/;
const TERMINAL = /[。！？!?；;：:…”’」』）)】]$/;
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const ALNUM = /[A-Za-z0-9%.]/;

/** A line this long (or one with commas) that stops without punctuation was cut by layout, not by the author. */
const LAYOUT_LINE_MIN = 36;

const isSpace = (ch: string) =>
  ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\r' || ch === '\f' || ch === '\v';

export function normalizeText(raw: string): CleanText {
  return assemble(raw, keptCharacters(raw));
}

/** 1 for each raw character the clean text keeps, 0 for layout. */
function keptCharacters(raw: string): Uint8Array {
  const keep = new Uint8Array(raw.length).fill(1);
  for (const m of raw.matchAll(EDITION)) keep.fill(0, m.index, m.index + m[0].length);
  for (const m of raw.matchAll(EMPHASIS)) keep.fill(0, m.index, m.index + m[0].length);
  for (const m of raw.matchAll(/\r/g)) keep.fill(0, m.index, m.index + 1);
  for (const l of lineSpans(raw)) dropLineLayout(raw, l, keep);
  return keep;
}

function lineSpans(raw: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= raw.length) {
    const nl = raw.indexOf('\n', pos);
    const end = nl < 0 ? raw.length : nl;
    lines.push({ start: pos, end });
    pos = end + 1;
    if (nl < 0) break;
  }
  return lines;
}

/** One line's layout: a caption line, heading and bullet marks, and spaces that layout put in or around it. */
function dropLineLayout(raw: string, l: { start: number; end: number }, keep: Uint8Array): void {
  const drop = (from: number, to: number) => keep.fill(0, from, to);
  const line = raw.slice(l.start, l.end);
  if (CAPTION_LINE.test(line.replace(/\r/g, ''))) {
    drop(l.start, l.end);
    return;
  }
  const h = HEADING.exec(line);
  if (h) drop(l.start, l.start + h[0].length);
  else {
    const li = LIST_MARK.exec(line);
    if (li && /^\s*[-*+]/.test(li[0])) drop(l.start, l.start + li[0].length);
  }
  // Layout spaces: between CJK and CJK, CJK and digits/Latin; trim the line.
  for (let i = l.start; i < l.end; i++) {
    const ch = raw[i];
    if (!isSpace(ch)) continue;
    let a = i - 1;
    while (a >= l.start && (!keep[a] || isSpace(raw[a]))) a--;
    let b = i + 1;
    while (b < l.end && (!keep[b] || isSpace(raw[b]))) b++;
    if (a < l.start || b >= l.end) {
      keep[i] = 0;
      continue;
    }
    const left = raw[a];
    const right = raw[b];
    if ((CJK.test(left) && (CJK.test(right) || ALNUM.test(right))) || (ALNUM.test(left) && CJK.test(right)))
      keep[i] = 0;
  }
}

/** The clean text, deciding for each run of line breaks whether it is a paragraph break or a layout break. */
function assemble(raw: string, keep: Uint8Array): CleanText {
  const out: string[] = [];
  let last = '';
  const toRaw: number[] = [];
  let i = 0;
  let lineLen = 0;
  let lineHasComma = false;
  let lineIsListItem = LIST_MARK.test(raw.slice(0, raw.indexOf('\n') < 0 ? raw.length : raw.indexOf('\n')));
  while (i < raw.length) {
    if (raw[i] === '\n') {
      let j = i;
      while (j < raw.length && (raw[j] === '\n' || !keep[j] || isSpace(raw[j]))) j++;
      const nextCh = j < raw.length ? raw[j] : '';
      const nextLineStart = raw.lastIndexOf('\n', j - 1) + 1;
      const nextLineEnd = raw.indexOf('\n', nextLineStart);
      const nextLine = raw.slice(nextLineStart, nextLineEnd < 0 ? raw.length : nextLineEnd);
      const layoutBreak =
        (lineLen >= LAYOUT_LINE_MIN || lineHasComma) &&
        !lineIsListItem &&
        !LIST_MARK.test(nextLine) &&
        last !== '' &&
        !TERMINAL.test(last) &&
        CJK.test(nextCh) &&
        !/[“"‘（(【《]/.test(nextCh);
      if (out.length > 0 && j < raw.length && !layoutBreak) {
        out.push('\n');
        last = '\n';
        toRaw.push(i);
        lineLen = 0;
        lineHasComma = false;
        lineIsListItem = LIST_MARK.test(nextLine);
      }
      i = j;
      continue;
    }
    if (keep[i]) {
      out.push(raw[i]);
      last = raw[i];
      toRaw.push(i);
      lineLen++;
      // Running text, not a heading: headings carry no commas.
      if (raw[i] === '，' || raw[i] === ',' || raw[i] === '、') lineHasComma = true;
    }
    i++;
  }
  toRaw.push(raw.length);
  return { text: out.join(''), toRaw };
}
