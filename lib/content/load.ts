/** Reads the content folder and builds the corpus: the one call the app, the checker and the tests share. */
import { compileMdx } from '../mdx/compile';
import { buildCorpus, type Corpus } from './build-corpus';
import { readContentFiles } from './read-files';

/** Builds the corpus under `root` (the folder that contains content/). */
export function loadCorpus(root: string, contentDir = 'content'): Promise<Corpus> {
  return buildCorpus(readContentFiles(root, contentDir), (body) => compileMdx(body, root));
}
