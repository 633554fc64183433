// Folding for matching: full-width to half-width, traditional to simplified, one character for one character,
// so that offsets in folded text are offsets in the original.
// opencc-js ships CommonJS (UMD) for require but declares its types as ESM only, so the shape is declared here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch;
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x3000) out = ' ';
  else if (code >= 0xff01 && code <= 0xff5e) out = String.fromCodePoint(code - 0xfee0);
  else if (code >= 0x3400) {
    const s = toSimplified(ch);
    if (s.length === ch.length) out = s;
  }
  charCache.set(ch, out);
  return out;
}

/** Same length as the input; every UTF-16 unit of the output stands where its source stood. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // Keep surrogate pairs intact (rare CJK extension characters) without changing length.
      out += text[i] + text[i + 1];
      i++;
      continue;
    }
    out += c < 0x80 ? text[i] : foldChar(text[i]);
  }
  return out;
}

const QUOTES = /[“”‘’"'「」『』《》〈〉\s]/g;

/** The comparison key of a name: NFKC, simplified, no quotes or spaces, Latin lower-cased (gold scoring uses the same). */
export function nameKey(name: string): string {
  return foldText(name.normalize('NFKC')).replace(QUOTES, '').toLowerCase();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export function hasCjk(s: string): boolean {
  return CJK.test(s);
}
