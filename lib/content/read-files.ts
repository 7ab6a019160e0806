/** The ONLY module in lib/ that touches the file system: it lists and reads the content folder. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface RawFile {
  /** Path relative to `root`, with forward slashes (content/mechanisms/x.mdx). */
  path: string;
  text: string;
}

/** Reads every file under `root/dir` (recursively, sorted), skipping dot-files. */
export function readContentFiles(root: string, dir = 'content'): RawFile[] {
  const out: RawFile[] = [];
  const visit = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(abs, name);
      if (statSync(p).isDirectory()) visit(p);
      else out.push({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  visit(join(/* turbopackIgnore: true */ root, dir));
  return out;
}
