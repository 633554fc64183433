// The curation log in Neo4j: a new curation is recorded and replayed over every document whose curated batch it
// changes, in the same transaction.
import { curateBatch } from '../../curation/apply';
import type { Curation } from '../../curation/types';
import type { GraphBatch } from '../../model';
import type { Neo4jSession } from './session';
import { readCurations } from './storedLog';
import type { GraphWriter } from './writer';

export class CurationReplay {
  constructor(
    private readonly db: Neo4jSession,
    private readonly writer: GraphWriter,
  ) {}

  curations(): Promise<Curation[]> {
    return this.db.read((tx) => readCurations(this.db, tx));
  }

  async addCuration(c: Curation): Promise<void> {
    await this.db.write(async (tx) => {
      const before = await readCurations(this.db, tx);
      if (before.some((x) => x.id === c.id)) throw new Error(`curation ${c.id} is already recorded`);
      const after = [...before, c];
      await this.db.run(tx, 'curation_add', { id: c.id, seq: before.length + 1, at: c.at, json: JSON.stringify(c) });
      for (const r of await this.db.run(tx, 'documents_batches', {})) {
        const raw = JSON.parse(String(r.get('batch'))) as GraphBatch;
        const was = curateBatch(raw, before);
        const now = curateBatch(raw, after);
        if (JSON.stringify(was) === JSON.stringify(now)) continue;
        const touched = await this.writer.unapply(tx, was);
        await this.writer.contribute(tx, now, touched);
      }
      await this.db.run(tx, 'graph_version_bump', {});
    });
  }
}
