// The production server stopped gracefully after an upload writes a snapshot and image, so its next start serves
// from the image (not a full load) and still has the upload. Killed instead, it replays the journal on start.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import { IMAGE_DIR } from '../../server/store/embedded/image';
import { CORPUS_DIR } from '../helpers/corpus';
import { TcpProxy } from '../helpers/tcpProxy';

jest.setTimeout(180_000);

const root = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-restart-'));
const TOKEN = 'restart-token-0123456789';
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  base: string;
  log: () => { msg?: string; fromImage?: boolean }[];
}

async function start(): Promise<Running> {
  const port = await TcpProxy.freePort();
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server', 'cli.js'), 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      KG_DATA_DIR: dir,
      KG_CORPUS: CORPUS_DIR,
      KG_API_TOKEN: TOKEN,
      LOG_LEVEL: 'info',
      NEO4J_URI: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      const log = () =>
        out
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as { msg?: string; fromImage?: boolean });
      return { child, base, log };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

function stop(r: Running, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    r.child.once('exit', (code) => resolve(code));
    r.child.kill(signal);
  });
}

async function upload(base: string, name: string, text: string): Promise<string> {
  const form = new FormData();
  form.append('files', new Blob([text]), name);
  const res = await fetch(`${base}/api/documents`, {
    method: 'POST',
    body: form,
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { documents: { document: string }[] }).documents[0].document;
}

const documents = async (base: string) =>
  ((await (await fetch(`${base}/api/documents`)).json()) as { documents: { id: string }[] }).documents.map((d) => d.id);

test('a graceful stop compacts, the next start serves from the image; a kill leaves the journal to replay', async () => {
  const first = await start();
  const corpusDocs = await documents(first.base);
  expect(corpusDocs.length).toBe(5);
  const uploaded = await upload(
    first.base,
    '临川要点.txt',
    '临川市2025年经济工作要点\n重点支持青禾智造、北辰锂电等企业发展，加快建设青禾锂电池产业园。',
  );
  expect(await stop(first, 'SIGTERM')).toBe(0);
  expect(first.log().some((l) => l.msg?.startsWith('snapshot and image written'))).toBe(true);
  expect(fs.statSync(path.join(dir, 'graph.journal')).size).toBe(0);
  expect(fs.existsSync(path.join(dir, IMAGE_DIR, 'meta.json'))).toBe(true);

  const second = await start();
  expect(second.log().find((l) => l.msg === 'store opened')?.fromImage).toBe(true);
  expect((await documents(second.base)).sort()).toEqual([...corpusDocs, uploaded].sort());
  const found = (await (await fetch(`${second.base}/api/search?q=${encodeURIComponent('北辰锂电')}`)).json()) as {
    results: { name_zh: string }[];
  };
  expect(found.results[0]?.name_zh).toBe('北辰锂电');
  // An upload, then a kill: nothing is compacted, and the next start loads snapshot and journal in full.
  const later = await upload(second.base, '临川补充.txt', '临川市2026年补充要点\n支持北辰锂电扩建项目。');
  await stop(second, 'SIGKILL');
  expect(fs.statSync(path.join(dir, 'graph.journal')).size).toBeGreaterThan(0);
  const store = new EmbeddedStore({ dataDir: dir });
  await store.init();
  expect(store.startedFromImage).toBe(false);
  expect((await store.listDocuments()).map((d) => d.id).sort()).toEqual([...corpusDocs, uploaded, later].sort());
});
