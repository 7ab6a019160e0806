/**
 * Live authoring for `next dev`: the corpus is rebuilt whenever a file under content/ changed since the last
 * request (compared by path, size and modification time), not once per process. Unchanged bodies come from the
 * compiled-MDX cache, so an edit costs one compile. Production never loads this module: it reads the artifact.
 */
import type { Corpus } from './build-corpus';
import { loadCorpus, type LoadOptions } from './load';
import { contentStamp } from './read-files';

/**
 * Memoises `load()` for as long as `stamp()` returns the same value. A failed load is kept for its stamp too, so
 * a broken state is reported on each request without being rebuilt; the next edit retries.
 */
export function reloadWhenChanged<T>(stamp: () => string, load: () => Promise<T>): () => Promise<T> {
  let last: { stamp: string; value: Promise<T> } | null = null;
  return () => {
    const now = stamp();
    if (last?.stamp !== now) last = { stamp: now, value: load() };
    return last.value;
  };
}

const sources = new Map<string, () => Promise<Corpus>>();

/** The corpus under `root`, rebuilt when its content changed since the previous call. */
export function liveCorpus(root: string, options: LoadOptions = {}): Promise<Corpus> {
  let get = sources.get(root);
  if (!get) {
    get = reloadWhenChanged(() => contentStamp(root, options.contentDir), () => loadCorpus(root, options));
    sources.set(root, get);
  }
  return get();
}
