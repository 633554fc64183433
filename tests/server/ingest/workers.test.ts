// Extraction on worker threads gives the same batches as extraction in this thread, in file order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../../../server/ingest/ingestPaths';
import { Extractor } from '../../../server/ingest/pipeline';
import { ExtractorPool } from '../../../server/ingest/workers/ExtractorPool';
import { workerCount } from '../../../server/ingest/workers/chooseExtractor';
import { EmbeddedStore } from '../../../server/store/embedded/EmbeddedStore';
import { CORPUS_DIR } from '../../helpers/corpus';

jest.setTimeout(120_000);

describe('ExtractorPool', () => {
  let pool: ExtractorPool;
  beforeAll(() => {
    pool = new ExtractorPool(2);
  });
  afterAll(() => pool.close());

  test('two workers ingest the corpus into the same graph as one thread', async () => {
    const one = new EmbeddedStore();
    const two = new EmbeddedStore();
    await ingestPaths(one, new Extractor(), [CORPUS_DIR]);
    const order: string[] = [];
    const reports = await ingestPaths(two, pool, [CORPUS_DIR], (r) => order.push(path.basename(r.file)), 4);
    expect(reports.every((r) => r.status === 'added')).toBe(true);
    expect(order).toEqual([...order].sort());
    expect(await two.exportGraph()).toEqual(await one.exportGraph());
    expect((await two.stats()).documents).toBe(fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).length);
  });

  test('a document a worker cannot read is reported, and the others still land', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-pool-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), '2024年，青禾新材料有限公司在临川经济开发区建设碳纤维项目。');
    fs.writeFileSync(path.join(dir, 'b.docx'), Buffer.from('this is not a zip file'));
    fs.writeFileSync(path.join(dir, 'c.txt'), '北辰集团与临川市人民政府签约建设北辰物流园项目。');
    const store = new EmbeddedStore();
    const reports = await ingestPaths(store, pool, [dir], undefined, 4);
    expect(reports.map((r) => [path.basename(r.file), r.status])).toEqual([
      ['a.txt', 'added'],
      ['b.docx', 'error'],
      ['c.txt', 'added'],
    ]);
    expect(reports[1].error).toMatch(/docx/i);
    expect((await store.stats()).documents).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

test('automatic worker count: one thread for a few files, the cores for many', () => {
  expect(workerCount(5, 0)).toBe(1);
  expect(workerCount(400, 0)).toBe(Math.min(os.availableParallelism(), 8));
  expect(workerCount(5, 3)).toBe(3);
});
