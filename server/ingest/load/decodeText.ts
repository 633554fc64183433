// Bytes of a text file → string, in UTF-8, UTF-16 (with or without BOM), GB18030/GBK or Big5.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { UnsupportedFileError } from '../../errors';

export interface Decoded {
  text: string;
  encoding: string;
}

const CANDIDATES = ['GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE', 'UTF-8'];

function looksUtf16(buf: Buffer): 'UTF-16LE' | 'UTF-16BE' | null {
  if (buf.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(buf.length, 4096) & ~1;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  // ASCII newlines, digits and punctuation in UTF-16 leave zero bytes on one side only.
  if (oddZero > n / 16 && evenZero === 0) return 'UTF-16LE';
  if (evenZero > n / 16 && oddZero === 0) return 'UTF-16BE';
  return null;
}

/** Share of characters that are not readable text (controls, replacement characters, private use). */
function junkRatio(text: string): number {
  if (text.length === 0) return 1;
  let junk = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0xe000 && c <= 0xf8ff)) junk++;
  }
  return junk / text.length;
}

function cjkRatio(text: string): number {
  let n = 0;
  for (const ch of text) if (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(ch)) n++;
  return text.length === 0 ? 0 : n / text.length;
}

export function decodeText(buf: Buffer, name: string): Decoded {
  if (buf.length === 0) throw new UnsupportedFileError(`${name}: the file is empty`);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  const utf16 = looksUtf16(buf);
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: utf16 };
  if (buf.includes(0)) {
    // Chinese text in UTF-16 without a BOM has few zero bytes; binary data decodes to junk.
    if (buf.length % 2 === 0) {
      for (const enc of ['UTF-16LE', 'UTF-16BE'] as const) {
        const text = iconv.decode(buf, enc);
        if (junkRatio(text) < 0.001 && cjkRatio(text) > 0.5) return { text, encoding: enc };
      }
    }
    throw new UnsupportedFileError(`${name}: looks like a binary file, not text`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text, encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: ask the detector, then keep the first candidate that decodes cleanly.
  }
  const ranked = chardet
    .analyse(buf)
    .map((m) => m.name)
    .filter((n) => CANDIDATES.includes(n));
  for (const enc of [...new Set([...ranked, 'GB18030', 'Big5'])]) {
    if (enc === 'UTF-8') continue;
    const text = iconv.decode(buf, enc);
    if (junkRatio(text) < 0.001) return { text, encoding: enc };
  }
  throw new UnsupportedFileError(`${name}: cannot tell the text encoding (tried UTF-8, UTF-16, GB18030 and Big5)`);
}

export { junkRatio };
