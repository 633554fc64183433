// A worker thread that runs the extraction pipeline on the documents its pool sends it.
import { parentPort } from 'node:worker_threads';
import { Extractor } from '../pipeline';
import type { ExtractRequest, ExtractResponse } from './messages';

const extractor = new Extractor();

parentPort?.on('message', (req: ExtractRequest) => {
  const reply = (res: ExtractResponse) => parentPort?.postMessage(res);
  extractor
    .extractFile({ buffer: Buffer.from(req.buffer), fileName: req.fileName, ...(req.meta ? { meta: req.meta } : {}) })
    .then(
      (batch) => reply({ id: req.id, batch }),
      (e: unknown) => reply({ id: req.id, error: e instanceof Error ? e.message : String(e) }),
    );
});
