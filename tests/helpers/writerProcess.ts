// Writes documents into an embedded store forever (until killed); used by the crash-safety test.
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import { bigBatch } from './bigBatch';

async function main(): Promise<void> {
  const dir = process.argv[2];
  // A small compaction threshold makes snapshot writes frequent, so kills land inside them too.
  const store = new EmbeddedStore({ dataDir: dir, compactAtBytes: 200_000 });
  await store.init();
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    await store.upsertDocument(bigBatch(`doc-${i % 40}`, i));
    if (i % 5 === 0) process.stdout.write(`wrote ${i}\n`);
  }
}

void main();
