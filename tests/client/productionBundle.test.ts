// The production bundle (npm run build) ships no test hooks; the test build (npm run build:client:test) has them.
import fs from 'node:fs';
import path from 'node:path';

const DIST = path.join(__dirname, '..', '..', 'dist');

/** Every file of a built client, with its text. */
function bundle(dir: string): { file: string; text: string }[] {
  if (!fs.existsSync(path.join(dir, 'index.html')))
    throw new Error(`no client built in ${dir}: npm test builds it (npm run build, npm run build:client:test)`);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile())
    .map((file) => ({ file: path.relative(dir, file), text: fs.readFileSync(file, 'utf8') }));
}

describe('client bundles', () => {
  test('the production bundle has no window.__pg and no test-hook module', () => {
    const files = bundle(path.join(DIST, 'client'));
    expect(files.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => f.text.includes('__pg')).map((f) => f.file)).toEqual([]);
    expect(files.filter((f) => /testHooks/i.test(f.file)).map((f) => f.file)).toEqual([]);
  });

  test('the test build has the hooks the browser tests and bench:ui read', () => {
    const files = bundle(path.join(DIST, 'client-test'));
    const hooks = files.filter((f) => f.text.includes('__pg'));
    expect(hooks.map((f) => f.file)).toEqual([expect.stringMatching(/^assets\/testHooks-[\w-]+\.js$/)]);
    for (const name of ['nodes', 'edges', 'highlighted', 'compared', 'labels', 'outside', 'position', 'bench'])
      expect(hooks[0].text).toMatch(new RegExp(`\\b${name}:`));
  });
});
