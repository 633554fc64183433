// Write-then-rename with fsync, so a crash leaves either the old file or the new one, never a torn one.
import fs from 'node:fs';
import path from 'node:path';

/** Writes the lines to a temporary file, fsyncs it and renames it over `file`; returns the bytes written.
 *  Line by line, so a file may be larger than one JavaScript string can be. */
export function writeLinesAtomic(file: string, lines: Iterable<string>): number {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  let bytes = 0;
  try {
    for (const line of lines) bytes += fs.writeSync(fd, Buffer.from(`${line}\n`));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncDir(dir);
  return bytes;
}

export function fsyncDir(dir: string): void {
  try {
    const d = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(d);
    } finally {
      fs.closeSync(d);
    }
  } catch {
    // Some filesystems refuse fsync on directories; the rename is still atomic there.
  }
}
