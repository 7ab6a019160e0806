/**
 * The corpus artifact: the whole validated, compiled corpus in one JSON file, written once per build by
 * scripts/build-corpus.ts and read by `next build`, its workers and the production server. Reading it needs
 * neither content/ nor the MDX compiler. This module and read-files.ts are the only ones in lib/ that touch fs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from './build-corpus';
import type { RawFile } from './read-files';

/** Where the artifact lives, relative to the folder that contains content/. */
export const ARTIFACT_FILE = '.atlas/corpus.json';

/** Bumped when the artifact's shape changes, so an old file is refused rather than misread. */
export const ARTIFACT_VERSION = 3;

export interface CorpusArtifact {
  version: typeof ARTIFACT_VERSION;
  /** SHA-256 over every content file's path and text: equal hashes mean the same content. */
  contentHash: string;
  corpus: Corpus;
}

/** SHA-256 over the paths and texts of `files` (order-independent). */
export function contentHash(files: readonly RawFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    h.update(f.path).update('\0').update(f.text).update('\0');
  }
  return h.digest('hex');
}

/** Writes `artifact` under `root` (write then rename, so a reader never sees half a file). Returns the path. */
export function writeArtifact(root: string, artifact: CorpusArtifact, file = ARTIFACT_FILE): string {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(artifact));
  renameSync(tmp, path);
  return path;
}

/** Reads the artifact under `root`. Throws an explanatory error when it is missing or from another version. */
export function readArtifact(root: string, file = ARTIFACT_FILE): CorpusArtifact {
  const path = join(/* turbopackIgnore: true */ root, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`The corpus artifact ${path} is missing: run \`npm run check:content\` (or \`npm run build\`) first.`);
  }
  const data = JSON.parse(text) as Partial<CorpusArtifact>;
  if (data.version !== ARTIFACT_VERSION || !data.corpus || typeof data.contentHash !== 'string') {
    throw new Error(`The corpus artifact ${path} was written by another version of the site: run \`npm run check:content\` again.`);
  }
  return data as CorpusArtifact;
}
