import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// `--mode test` builds the bundle with test hooks (window.__pg) into dist/client-test for browser tests and
// bench:ui; every other mode builds the production bundle, without them, into dist/client.
export default defineConfig(({ mode }) => ({
  root: here,
  build: {
    outDir: path.join(here, '..', 'dist', mode === 'test' ? 'client-test' : 'client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/api': 'http://localhost:3000' }, fs: { allow: [path.join(here, '..')] } },
}));
