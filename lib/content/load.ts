/** Reads the content folder and builds the corpus: the one call the artifact builder, the checker and the tests share. */
import { compileMdx } from '../mdx/compile';
import { withCompileCache } from '../mdx/compile-cache';
import { ARTIFACT_VERSION, contentHash, type CorpusArtifact } from './artifact';
import { buildCorpus, type Corpus } from './build-corpus';
import { fileStore, readCompilerKey, readContentFiles } from './read-files';

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
  const corpus = await buildCorpus(files, cached);
  return { version: ARTIFACT_VERSION, contentHash: contentHash(files), corpus };
}
