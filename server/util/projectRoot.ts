// The repository folder, whether the code runs from server/ (tsx) or from dist/server/ (compiled).
import fs from 'node:fs';
import path from 'node:path';

let cached: string | null = null;

export function projectRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (true) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'policy-graph')
      return (cached = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the project folder above ${__dirname}`);
    dir = up;
  }
}

export const projectPath = (...parts: string[]): string => path.join(projectRoot(), ...parts);
