/** Reads the content folder and builds the corpus: the one call the artifact builder, the checker and the tests share. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMdx } from '../mdx/compile';
import { withCompileCache } from '../mdx/compile-cache';
import { ARTIFACT_VERSION, contentHash, type CorpusArtifact } from './artifact';
import { buildCorpus, type Corpus } from './build-corpus';
import { kindRegistryIssues, type SourceFile } from './checks/kind-registry';
import { sortIssues } from './issues';
import { KIND_DEFS } from './kinds';
import { fileStore, readCompilerKey, readContentFiles } from './read-files';

const KINDS_DIR = 'lib/content/kinds';

/** The kind files of the app at `appRoot` (empty when it has none there, e.g. a content-only folder). */
export function readKindFiles(appRoot: string): SourceFile[] {
  const dir = join(appRoot, KINDS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => ({ path: `${KINDS_DIR}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

export interface LoadOptions {
  contentDir?: string;
  /** Folder for the compiled-MDX cache; null disables it. Default: <root>/.cache/mdx. */
  cacheDir?: string | null;
  /** The project whose lib/mdx and node_modules key the cache (see readCompilerKey). Default: the working folder. */
  appRoot?: string;
}

/** Builds the corpus under `root` (the folder that contains content/). */
export async function loadCorpus(root: string, options: LoadOptions = {}): Promise<Corpus> {
  return (await loadArtifact(root, options)).corpus;
}

/** Builds the corpus under `root` and wraps it as the artifact the site reads (see artifact.ts). */
export async function loadArtifact(root: string, options: LoadOptions = {}): Promise<CorpusArtifact> {
  const { contentDir = 'content', cacheDir = `${root}/.cache/mdx`, appRoot = process.cwd() } = options;
  const compile = (body: string) => compileMdx(body, root);
  // Keyed by the contents of the files and the package versions that decide the output (never by a constant
  // to bump by hand); when those cannot be read, compile everything rather than risk a stale result.
  const key = cacheDir ? readCompilerKey(appRoot) : null;
  const cached = cacheDir && key ? withCompileCache(compile, fileStore(cacheDir), key).compile : compile;
  const files = readContentFiles(root, contentDir);
  const built = await buildCorpus(files, cached);
  // The kind declarations are checked too (they live with the app, not with the content).
  const corpus = { ...built, issues: sortIssues([...kindRegistryIssues(KIND_DEFS, readKindFiles(appRoot)), ...built.issues]) };
  return { version: ARTIFACT_VERSION, contentHash: contentHash(files), corpus };
}
