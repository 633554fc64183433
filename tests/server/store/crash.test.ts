// kill -9 during ingest and during snapshot writes: the last complete graph loads and no document is half there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../../server/store/embedded/EmbeddedStore';
import { bigBatch } from '../../helpers/bigBatch';

function runAndKill(dir: string, afterWrites: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // node itself runs the writer (tsx as a loader), so SIGKILL hits the process that writes.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, '..', '..', 'helpers', 'writerProcess.ts'), dir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = [...out.matchAll(/wrote (\d+)/g)].pop();
      if (m && Number(m[1]) >= afterWrites) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited without being killed: ${out}`)),
    );
  });
}

describe('crash safety of the embedded store', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-crash-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([15, 40, 75])(
    'killed after %i writes: the store loads, every document is whole',
    async (n) => {
      await runAndKill(dir, n);
      const store = new EmbeddedStore({ dataDir: dir });
      await store.init();
      const docs = await store.listDocuments();
      expect(docs.length).toBeGreaterThan(0);
      for (const d of docs) {
        const stored = store.documentBatch(d.id)!;
        const round = Number(/第(\d+)轮/.exec(stored.document.text)![1]);
        // The stored document is exactly one complete write of it.
        expect(stored).toEqual(bigBatch(d.id, round));
        const detail = await store.getEntity(`e-${d.id}-0`);
        expect(detail?.documents.map((x) => x.id)).toEqual([d.id]);
      }
      await store.close();
    },
    60_000,
  );
});
