/** Builders for in-memory corpora: a small valid corpus, and a way to add or replace one file in it. */
import { buildCorpus, type Corpus } from '@/lib/content/build-corpus';
import type { RawFile } from '@/lib/content/read-files';
import { compileMdx, type CompiledBody } from '@/lib/mdx/compile';

export { REFS, editGood, entryIds, goodFiles, overviewOf, withFiles } from './fixture-files';

const cache = new Map<string, Promise<CompiledBody>>();
/** compileMdx memoised by body text: the same bodies recur across test cases. */
export const cachedCompile = (body: string) => {
  if (!cache.has(body)) cache.set(body, compileMdx(body, process.cwd()));
  return cache.get(body)!;
};

export function build(files: RawFile[]): Promise<Corpus> {
  return buildCorpus(files, cachedCompile);
}
