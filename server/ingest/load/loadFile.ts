// One loader per format; each returns plain text or a clear error naming the file.
import path from 'node:path';
import { Parser } from 'htmlparser2';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { TooLargeError, UnsupportedFileError } from '../../errors';
import { decodeText, junkRatio } from './decodeText';

export interface LoadedText {
  text: string;
  format: 'txt' | 'md' | 'html' | 'docx' | 'pdf';
  encoding?: string;
}

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'];
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Unzipped docx content larger than this is refused (zip bombs). */
const MAX_DOCX_TEXT = 32 * 1024 * 1024;

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'title',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipping = 0;
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        else if (SKIP.has(name)) skipping++;
        if (BLOCK.has(name)) out.push('\n');
      },
      ontext(text) {
        if (skipping === 0 || inTitle) out.push(text);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        else if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (BLOCK.has(name)) out.push('\n');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

function checkText(text: string, name: string): string {
  if (text.trim().length === 0) throw new UnsupportedFileError(`${name}: no text found in the file`);
  if (junkRatio(text) > 0.01)
    throw new UnsupportedFileError(`${name}: the text does not decode cleanly (binary or damaged file)`);
  return text;
}

async function pdfText(buf: Buffer, name: string): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  try {
    const pdf = await getDocumentProxy(new Uint8Array(buf), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: false });
    return (text as string[]).join('\n\n');
  } catch (e) {
    throw new UnsupportedFileError(`${name}: not a readable PDF (${(e as Error).message})`);
  }
}

async function docxText(buf: Buffer, name: string): Promise<string> {
  if (buf.subarray(0, 2).toString('latin1') !== 'PK')
    throw new UnsupportedFileError(`${name}: not a .docx file (no zip signature)`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch (e) {
    throw new UnsupportedFileError(`${name}: damaged .docx (${(e as Error).message})`);
  }
  const doc = zip.file('word/document.xml');
  if (!doc) throw new UnsupportedFileError(`${name}: not a Word document (no word/document.xml)`);
  // Declared sizes can lie; count while inflating and stop early.
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = doc.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > MAX_DOCX_TEXT) {
          stream.pause();
          reject(new TooLargeError(`${name}: the document expands to more than ${MAX_DOCX_TEXT >> 20} MB (refused)`));
        }
      })
      .on('error', (e: Error) => reject(new UnsupportedFileError(`${name}: damaged .docx (${e.message})`)))
      .on('end', () => resolve());
  });
  try {
    const { value } = await mammoth.extractRawText({ buffer: buf });
    return value;
  } catch (e) {
    throw new UnsupportedFileError(`${name}: damaged .docx (${(e as Error).message})`);
  }
}

export async function loadBuffer(buf: Buffer, name: string): Promise<LoadedText> {
  if (buf.length > MAX_FILE_BYTES) throw new TooLargeError(`${name}: larger than ${MAX_FILE_BYTES >> 20} MB`);
  if (buf.length === 0) throw new UnsupportedFileError(`${name}: the file is empty`);
  const ext = path.extname(name).toLowerCase();
  switch (ext) {
    case '.txt': {
      const d = decodeText(buf, name);
      return { text: checkText(d.text, name), format: 'txt', encoding: d.encoding };
    }
    case '.md':
    case '.markdown': {
      const d = decodeText(buf, name);
      return { text: checkText(d.text, name), format: 'md', encoding: d.encoding };
    }
    case '.html':
    case '.htm': {
      const d = decodeText(buf, name);
      return { text: checkText(htmlToText(d.text), name), format: 'html', encoding: d.encoding };
    }
    case '.docx':
      return { text: checkText(await docxText(buf, name), name), format: 'docx' };
    case '.pdf':
      if (buf.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw new UnsupportedFileError(`${name}: not a PDF file (no %PDF header)`);
      return { text: checkText(await pdfText(buf, name), name), format: 'pdf' };
    default:
      throw new UnsupportedFileError(
        `${name}: unsupported file type "${ext || '(none)'}"; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`,
      );
  }
}
