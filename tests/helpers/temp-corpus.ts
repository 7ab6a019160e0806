/** Writes raw files into a fresh temporary folder (a corpus root with content/ inside) and returns its path. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RawFile } from '@/lib/content/read-files';

export function writeTempCorpus(files: readonly RawFile[], prefix = 'atlas-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const f of files) {
    const p = join(root, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.text);
  }
  return root;
}
