import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { decodeText } from '../../../server/ingest/load/decodeText';
import { htmlToText, loadBuffer } from '../../../server/ingest/load/loadFile';

const TEXT =
  '临川市政府工作报告\n重点支持青禾电子、北辰材料等企业发展，推进青禾县产业园建设。\n全年完成固定资产投资三百亿元，同比增长百分之九。';

/** A one-page PDF with a text layer (Helvetica, ASCII), written by hand with a correct xref table. */
function tinyPdf(text: string): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 18 Tf 20 100 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 18 Tf 20 100 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function tinyDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('decodeText', () => {
  test.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['GB18030', iconv.encode(TEXT, 'gb18030')],
    ['GBK', iconv.encode(TEXT, 'gbk')],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')])],
    ['UTF-16LE without BOM', iconv.encode(TEXT, 'utf16le')],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf16be')])],
  ])('%s decodes to the same text', (_name, buf) => {
    expect(decodeText(buf, 'x.txt').text).toBe(TEXT);
  });

  test('Big5 (traditional) decodes', () => {
    const trad = '臺北市政府工作報告，重點支持青禾電子等企業發展，推進產業園區建設與數位轉型。';
    expect(decodeText(iconv.encode(trad, 'big5'), 'x.txt').text).toBe(trad);
  });

  test('binary and empty files get clear errors naming the file', () => {
    expect(() => decodeText(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10]), 'photo.txt')).toThrow(
      /photo\.txt.*binary/,
    );
    expect(() => decodeText(Buffer.alloc(0), 'empty.txt')).toThrow(/empty\.txt.*empty/);
  });
});

describe('loadBuffer', () => {
  test('html: text of the body and title, no script or style', async () => {
    const html =
      '<html><head><title>临川简报</title><style>p{color:red}</style><script>alert(1)</script></head><body><h1>青禾县</h1><p>推进&nbsp;青禾电子项目&amp;建设。</p></body></html>';
    const { text } = await loadBuffer(Buffer.from(html), 'a.html');
    expect(text).toContain('临川简报');
    expect(text).toContain('推进\u00a0青禾电子项目&建设。');
    expect(text).not.toMatch(/alert|color/);
    expect(htmlToText('<p>一</p><p>二</p>').trim().split('\n').filter(Boolean)).toEqual(['一', '二']);
  });

  test('markdown is read as text (emphasis is removed later by normalisation)', async () => {
    expect((await loadBuffer(Buffer.from('# 标题\n**加粗**正文。'), 'a.md')).text).toBe('# 标题\n**加粗**正文。');
  });

  test('docx: paragraphs of the document', async () => {
    const { text, format } = await loadBuffer(
      await tinyDocx(['临川市政府工作报告', '推进青禾电子项目建设。']),
      'a.docx',
    );
    expect(format).toBe('docx');
    expect(text).toContain('临川市政府工作报告');
    expect(text).toContain('推进青禾电子项目建设。');
  });

  test('pdf with a text layer', async () => {
    const { text, format } = await loadBuffer(tinyPdf('Linchuan work report 2024'), 'a.pdf');
    expect(format).toBe('pdf');
    expect(text).toContain('Linchuan work report 2024');
  });

  test('bad files: unsupported type, truncated docx and pdf, zip that is not a Word file, a zip bomb', async () => {
    await expect(loadBuffer(Buffer.from('x'), 'a.exe')).rejects.toMatchObject({
      name: 'UnsupportedFileError',
      message: expect.stringMatching(/a\.exe.*unsupported/),
    });
    const docx = await tinyDocx(['内容']);
    await expect(loadBuffer(docx.subarray(0, docx.length - 40), 'cut.docx')).rejects.toMatchObject({
      name: 'UnsupportedFileError',
    });
    await expect(loadBuffer(Buffer.from('%PDF-1.4\n1 0 obj\n<<'), 'cut.pdf')).rejects.toMatchObject({
      name: 'UnsupportedFileError',
      message: expect.stringMatching(/cut\.pdf/),
    });
    await expect(loadBuffer(Buffer.from('hello'), 'fake.pdf')).rejects.toMatchObject({ name: 'UnsupportedFileError' });
    const notWord = new JSZip();
    notWord.file('readme.txt', 'hi');
    await expect(loadBuffer(await notWord.generateAsync({ type: 'nodebuffer' }), 'x.docx')).rejects.toMatchObject({
      message: expect.stringMatching(/not a Word document/),
    });
    const bomb = new JSZip();
    bomb.file('word/document.xml', '<w:document>' + 'A'.repeat(40 * 1024 * 1024) + '</w:document>');
    const bombBuf = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bombBuf.length).toBeLessThan(200 * 1024);
    await expect(loadBuffer(bombBuf, 'bomb.docx')).rejects.toMatchObject({ name: 'TooLargeError' });
  });
});
