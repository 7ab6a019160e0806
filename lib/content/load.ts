/** Reads the content folder and builds the corpus: the one call the artifact builder, the checker and the tests share. */
import { createHash } from 'node:crypto';
import { compileMdx } from '../mdx/compile';
import { withCompileCache } from '../mdx/compile-cache';
import { remarkAllowlist } from '../mdx/remark-allowlist';
import { remarkCollectCitations } from '../mdx/remark-collect-citations';
import { remarkCollectLinks } from '../mdx/remark-collect-links';
import { remarkHeadings } from '../mdx/remark-headings';
import { ARTIFACT_VERSION, contentHash, type CorpusArtifact } from './artifact';
import { buildCorpus, type Corpus } from './build-corpus';
import { fileStore, readContentFiles } from './read-files';

/** Changes whenever the compiler's code changes (the cache then misses), with no constant to bump by hand. */
const FINGERPRINT = createHash('sha256')
  .update([compileMdx, remarkAllowlist, remarkHeadings, remarkCollectLinks, remarkCollectCitations].map(String).join('\n'))
  .digest('hex');

export interface LoadOptions {
  contentDir?: string;
  /** Folder for the compiled-MDX cache; null disables it. Default: <root>/.cache/mdx. */
  cacheDir?: string | null;
}

/** Builds the corpus under `root` (the folder that contains content/). */
export async function loadCorpus(root: string, options: LoadOptions = {}): Promise<Corpus> {
  return (await loadArtifact(root, options)).corpus;
}

/** Builds the corpus under `root` and wraps it as the artifact the site reads (see artifact.ts). */
export async function loadArtifact(root: string, options: LoadOptions = {}): Promise<CorpusArtifact> {
  const { contentDir = 'content', cacheDir = `${root}/.cache/mdx` } = options;
  const compile = (body: string) => compileMdx(body, root);
  const cached = cacheDir ? withCompileCache(compile, fileStore(cacheDir), FINGERPRINT).compile : compile;
  const files = readContentFiles(root, contentDir);
  const corpus = await buildCorpus(files, cached);
  return { version: ARTIFACT_VERSION, contentHash: contentHash(files), corpus };
}
